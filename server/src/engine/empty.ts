import { LineIndex } from '../core/text';
import type { OnusDocument } from './document';

/** A document Onus does not analyse (not IaC, skipped), optionally with a message for the user. */
export function emptyDocument(uri: string, text: string, message?: string): OnusDocument {
  return {
    uri,
    text,
    lineIndex: new LineIndex(text),
    kind: 'none',
    syntax: 'none',
    errors: message ? [{ message, span: { start: 0, end: 0 }, severity: 'warning' }] : [],
    resources: [],
    comments: [],
  };
}

