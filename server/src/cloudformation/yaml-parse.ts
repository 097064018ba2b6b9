/**
 * YAML text → `yaml` Document, every comment with its span, and diagnostics.
 *
 * We drive `yaml`'s Parser and Composer ourselves (what `parseDocument` does
 * inside) because the CST they share is the only place comments keep their
 * offsets. No LineCounter: diagnostics carry offsets, and the document's
 * LineIndex turns them into positions once, where the LSP needs them.
 */
import { Composer, isScalar, Parser, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import type { SourceComment, SyntaxDiagnostic } from '../model/types';
import { INTRINSIC_YAML_TAGS } from './intrinsics';

export interface YamlParse {
  /** The first YAML document; a template holds exactly one. */
  doc: Document.Parsed | undefined;
  comments: SourceComment[];
  errors: SyntaxDiagnostic[];
}

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  // CloudFormation rejects templates with duplicate keys; `yaml` reports them as errors.
  uniqueKeys: true,
  customTags: [...INTRINSIC_YAML_TAGS],
};

/** The CST fields that can hold comment tokens (start/sep/end/props arrays, nested items). */
const CST_FIELDS = ['start', 'items', 'key', 'sep', 'value', 'end', 'props'] as const;

/** Collects `comment` tokens anywhere in a CST token tree. */
function collectComments(token: unknown, out: SourceComment[]): void {
  if (Array.isArray(token)) {
    for (const t of token) collectComments(t, out);
    return;
  }
  if (typeof token !== 'object' || token === null) return;
  const t = token as Record<string, unknown>;
  if (t.type === 'comment' && typeof t.offset === 'number' && typeof t.source === 'string') {
    out.push({ text: t.source, span: { start: t.offset, end: t.offset + t.source.length } });
    return;
  }
  for (const field of CST_FIELDS) {
    const v = t[field];
    if (typeof v === 'object' && v !== null) collectComments(v, out);
  }
}

/** `yaml` marks a duplicate key by its first character; the diagnostic should cover the whole key. */
function keyEnd(text: string, start: number): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    return close > start ? close + 1 : start + 1;
  }
  const m = /^[^\r\n]*?(?=[ \t]*:(?:[ \t\r\n]|$))/.exec(text.slice(start, start + 1024));
  return m && m[0].length > 0 ? start + m[0].length : start + 1;
}

export function parseYaml(text: string): YamlParse {
  const tokens = Array.from(new Parser().parse(text));
  const comments: SourceComment[] = [];
  collectComments(tokens, comments);
  comments.sort((a, b) => a.span.start - b.span.start);
  const docs = Array.from(new Composer(OPTIONS).compose(tokens, true, text.length));
  const errors: SyntaxDiagnostic[] = [];
  // `yaml` may point one character past the end for errors at end of input.
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  for (const doc of docs) {
    for (const e of doc.errors) {
      const end = e.code === 'DUPLICATE_KEY' ? keyEnd(text, e.pos[0]) : e.pos[1];
      errors.push({ message: e.code === 'DUPLICATE_KEY' ? 'Duplicate key: keys of a map must be unique.' : e.message, span: { start: clamp(e.pos[0]), end: clamp(end) }, severity: 'error' });
    }
    for (const w of doc.warnings) errors.push({ message: w.message, span: { start: clamp(w.pos[0]), end: clamp(w.pos[1]) }, severity: 'warning' });
  }
  // A trailing `---` yields an empty second document: harmless. A second document with content is not a template.
  for (const extra of docs.slice(1)) {
    if (extra.contents === null || (isScalar(extra.contents) && extra.contents.value === null)) continue;
    const start = extra.range[0];
    errors.push({ message: 'A CloudFormation template holds a single YAML document; this one is ignored.', span: { start, end: start }, severity: 'error' });
  }
  return { doc: docs[0], comments, errors };
}
