/** Hover content: the responsibility split on a resource type, the rule's explanation on a finding. */
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import type { Span } from '../core/text';

export interface HoverResult {
  markdown: string;
  span: Span;
}

export function hoverAt(document: OnusDocument, findings: readonly Finding[], offset: number): HoverResult | undefined {
  void document;
  void findings;
  void offset;
  return undefined;
}
