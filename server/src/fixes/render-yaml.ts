import type { OnusDocument } from '../engine/document';
import type { SemanticChange } from './types';
import type { RenderedEdit } from './render';

export function renderYamlChange(document: OnusDocument, change: SemanticChange): RenderedEdit[] {
  void document;
  void change;
  throw new Error('not rendered yet');
}
