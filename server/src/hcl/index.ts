/**
 * Onus's own parser for HCL native syntax (hashicorp/hcl hclsyntax/spec.md),
 * hand-written for speed, exact UTF-16 spans and recovery from half-typed
 * input. It accepts and rejects what Terraform does (see the oracle test).
 */
import type { BodyItem, ConfigFile } from './ast';
import { parseBody } from './body';
import { attachComments } from './comments';
import { Parser } from './parser';

export type * from './ast';
export type { Span } from '../core/text';

export function parseHcl(text: string): ConfigFile {
  try {
    let p = new Parser(text, false);
    let items = parseBody(p, false);
    if (p.sawUnclosedBlock) {
      // A block ran to the end of the file. Parse again, letting a top-level
      // header in column 0 close it, so later blocks stay at the top level.
      p = new Parser(text, true, p.codes);
      items = parseBody(p, false);
    }
    attachComments(text, items, p.comments);
    return file(text, items, p);
  } catch (e) {
    // Never throws: a parser bug must not take the language server down.
    const message = e instanceof Error ? e.message : String(e);
    return {
      kind: 'file',
      body: { kind: 'body', items: [], span: { start: 0, end: text.length } },
      comments: [],
      errors: [{ message: `Internal parser error: ${message}`, span: { start: 0, end: 0 } }],
    };
  }
}

function file(text: string, items: BodyItem[], p: Parser): ConfigFile {
  return {
    kind: 'file',
    body: { kind: 'body', items, span: { start: 0, end: text.length } },
    comments: p.comments,
    errors: p.errors,
  };
}
