import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import type { SemanticFix } from '../fixes/types';
import type { Resource } from '../model/types';

export function suppressionFix(document: OnusDocument, resource: Resource, finding: Finding): SemanticFix | undefined {
  void document;
  void resource;
  void finding;
  return undefined;
}
