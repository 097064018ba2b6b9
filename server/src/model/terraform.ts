import { emptyDocument } from '../engine/empty';
import type { OnusDocument } from '../engine/document';

export function buildTerraformDocument(uri: string, text: string): OnusDocument {
  return { ...emptyDocument(uri, text), kind: 'terraform', syntax: 'hcl' };
}
