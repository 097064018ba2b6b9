import type { Range, Span } from '../core/text';
import type { RenderedFix, SemanticFix } from '../fixes/types';
import type { Duty, Owner, Severity } from './rule';

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  title: string;
  severity: Severity;
  owner: Owner;
  duty: Duty;
  uri: string;
  span: Span;
  range: Range;
  /** `instance`: the `count.index` or `for_each` key when the finding holds for that instance of the resource. */
  resource: { type: string; name: string; span: Span; instance?: string | number };
  fixes: SemanticFix[];
  /** Fixes that are already text edits (e.g. removing an unused suppression comment). */
  textFixes?: RenderedFix[];
}

/** What makes two findings the same finding (variants and instances of one resource report it once). */
export function findingIdentity(f: Finding): string {
  return `${f.ruleId}\u0000${f.messageId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
}
