/**
 * Every suppression written in a document, resolved to what it covers:
 * the whole file, one resource, or a range of lines (an attribute, or a nested
 * block and everything in it). Sources: Onus comments, peers' comments, and
 * CloudFormation Metadata at resource and template level.
 */
import type { Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import { providerResource } from '../engine/provider-resource';
import type { Resource, SourceComment } from '../model/types';
import { parseDirective, type Directive } from './directive';
import { metadataSuppressions } from './metadata';
import { parsePeerComment, type CommentDirective, type PeerSource, type Placement } from './peers';

export type Scope = { kind: 'file' } | { kind: 'resource'; resource: Resource } | { kind: 'lines'; from: number; to: number };

export interface Suppression {
  source: PeerSource | 'onus' | 'cfn_nag' | 'cfn-lint';
  form: 'comment' | 'metadata';
  ids: string[];
  reason?: string;
  until?: string;
  scope: Scope;
  /** The comment, or the Metadata entry. */
  span: Span;
  /** Onus comments: the comment and its parsed directive, so that an unused id (or the comment) can be removed. */
  comment?: SourceComment;
  directive?: Directive;
  /** An `onus:ignore` comment that cannot be read (e.g. a reason without `--`): reported, suppresses nothing. */
  malformed?: boolean;
}

/** Only spaces and tabs before `offset` on its line. */
function aloneOnLine(document: OnusDocument, offset: number): boolean {
  const line = document.lineIndex.positionAt(offset).line;
  return document.text.slice(document.lineIndex.lineStart(line), offset).trim() === '';
}

function lineText(document: OnusDocument, line: number): string {
  const start = document.lineIndex.lineStart(line);
  const end = line + 1 < document.lineIndex.lineCount ? document.lineIndex.lineStart(line + 1) : document.text.length;
  return document.text.slice(start, end).replace(/\r?\n$/, '');
}

function isCommentOrBlank(text: string): boolean {
  const t = text.trim();
  return t === '' || t.startsWith('#') || t.startsWith('//') || t.startsWith('/*') || t.startsWith('*');
}

/** The first line after `line` that holds code (skips comment lines; undefined after a blank line). */
function nextCodeLine(document: OnusDocument, line: number): number | undefined {
  for (let l = line + 1; l < document.lineIndex.lineCount; l++) {
    const t = lineText(document, l);
    // A blank line ends the link: a comment separated from the code by a blank line is about something else.
    if (t.trim() === '') return undefined;
    if (!isCommentOrBlank(t)) return l;
  }
  return undefined;
}

/** The last line of the construct that starts on `line`: a bracketed HCL block/value, or a YAML node by indentation. */
function extentOf(document: OnusDocument, line: number): number {
  const count = document.lineIndex.lineCount;
  if (document.syntax === 'yaml') {
    const indent = (s: string) => s.length - s.trimStart().length;
    const own = indent(lineText(document, line));
    let last = line;
    for (let l = line + 1; l < count; l++) {
      const t = lineText(document, l);
      if (t.trim() === '' || t.trimStart().startsWith('#')) continue;
      if (indent(t) <= own) break;
      last = l;
    }
    return last;
  }
  let depth = 0;
  for (let l = line; l < count; l++) {
    const t = lineText(document, l).replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, '');
    for (const ch of t) {
      if (ch === '{' || ch === '[' || ch === '(') depth++;
      else if (ch === '}' || ch === ']' || ch === ')') depth--;
    }
    if (depth <= 0) return l;
  }
  return line;
}

/** Lookups over a document's resources, built once per document (resources do not nest). */
class ResourceIndex {
  private readonly leading = new Map<number, Resource>();
  private readonly headers = new Map<number, Resource>();
  private readonly sorted: Resource[];

  constructor(private readonly document: OnusDocument) {
    // Provider blocks hold findings too (credentials written in them): suppressions above them cover them.
    const resources = [...document.resources, ...(document.providers ?? []).map((p) => providerResource(document, p))];
    for (const r of resources) {
      for (const c of r.leadingComments) this.leading.set(c.span.start, r);
      const line = document.lineIndex.positionAt(r.headerSpan.start).line;
      if (!this.headers.has(line)) this.headers.set(line, r);
    }
    this.sorted = resources.sort((a, b) => a.span.start - b.span.start);
  }

  /** The resource whose leading comments include this comment. */
  leadingOf(comment: SourceComment): Resource | undefined {
    return this.leading.get(comment.span.start);
  }

  /** The resource whose header is on this line. */
  headerOn(line: number): Resource | undefined {
    return this.headers.get(line);
  }

  /** The resource holding this offset. */
  enclosing(offset: number): Resource | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let found: Resource | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].span.start <= offset) {
        found = this.sorted[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && offset < found.span.end ? found : undefined;
  }
}

function resolve(document: OnusDocument, index: ResourceIndex, comment: SourceComment, placement: Placement): Scope | undefined {
  if (placement === 'file') return { kind: 'file' };
  const above = index.leadingOf(comment);
  if (above && placement !== 'line') return { kind: 'resource', resource: above };
  const inside = index.enclosing(comment.span.start);
  if (placement === 'resource') return inside && { kind: 'resource', resource: inside };
  const line = document.lineIndex.positionAt(comment.span.start).line;
  const endLine = document.lineIndex.positionAt(comment.span.end).line;
  if (!aloneOnLine(document, comment.span.start)) {
    // A trailing comment covers its own line (and the block that line opens).
    return placement === 'line' ? { kind: 'lines', from: line, to: line } : { kind: 'lines', from: line, to: extentOf(document, line) };
  }
  const next = nextCodeLine(document, endLine);
  if (next === undefined) return undefined;
  if (placement === 'line') return { kind: 'lines', from: next, to: next };
  const resourceBelow = index.headerOn(next);
  if (resourceBelow) return { kind: 'resource', resource: resourceBelow };
  if (!inside) return undefined;
  return { kind: 'lines', from: next, to: extentOf(document, next) };
}

function fromComment(document: OnusDocument, index: ResourceIndex, comment: SourceComment, found: CommentDirective, directive?: Directive): Suppression {
  const scope = resolve(document, index, comment, found.placement);
  return {
    source: found.source,
    form: 'comment',
    ids: found.ids,
    ...(found.reason ? { reason: found.reason } : {}),
    ...(found.until ? { until: found.until } : {}),
    // Unresolved (points at nothing): an empty line range, so it is reported as unused.
    scope: scope ?? { kind: 'lines', from: -1, to: -2 },
    span: comment.span,
    ...(directive ? { comment, directive } : {}),
  };
}

/** All suppressions of a document; `peers: false` ignores other tools' forms. */
export function collectSuppressions(document: OnusDocument, peers: boolean): Suppression[] {
  const out: Suppression[] = [];
  let index: ResourceIndex | undefined;
  for (const comment of document.comments) {
    // Cheap test first: most comments are prose.
    if (!/onus:ignore|checkov:skip|tfsec:ignore|trivy:ignore|kics-scan/.test(comment.text)) continue;
    index ??= new ResourceIndex(document);
    const directive = parseDirective(comment.text);
    if (!directive && /onus:ignore/.test(comment.text)) {
      out.push({ source: 'onus', form: 'comment', ids: [], scope: { kind: 'lines', from: -1, to: -2 }, span: comment.span, malformed: true });
      continue;
    }
    if (directive) {
      const found: CommentDirective = { source: 'onus', placement: directive.scope === 'file' ? 'file' : 'next', ids: directive.ids, reason: directive.reason, until: directive.until };
      out.push(fromComment(document, index, comment, found, directive));
      continue;
    }
    if (!peers) continue;
    for (const found of parsePeerComment(comment.text)) out.push(fromComment(document, index, comment, found));
  }
  out.push(...metadataSuppressions(document, peers));
  return out;
}
