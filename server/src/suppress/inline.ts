import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';

export function isSuppressed(document: OnusDocument, finding: Finding): boolean {
  void document;
  void finding;
  return false;
}
