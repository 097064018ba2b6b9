/**
 * "Suppress with reason": a directive comment above the resource (Terraform,
 * YAML), or a `Metadata.onus.ignore` entry (JSON templates have no comments).
 * The reason is a placeholder the editor selects so the user types it.
 */
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import type { FixValue, SemanticChange, SemanticFix } from '../fixes/types';
import { get } from '../model/query';
import type { Resource } from '../model/types';
import { directiveText } from './directive';

const reason = 'reason for this exception';

export function suppressionFix(document: OnusDocument, resource: Resource, finding: Finding): SemanticFix | undefined {
  const title = `Suppress ${finding.ruleId} for ${resource.name} (with a reason)`;
  if (document.syntax === 'hcl' || document.syntax === 'yaml') {
    return { title, kind: 'suppress', changes: [{ kind: 'commentAbove', at: resource.headerSpan, text: directiveText(finding.ruleId, reason), select: reason }] };
  }
  if (document.syntax === 'json' && resource.definition) return { title, kind: 'suppress', changes: [metadataChange(resource, finding.ruleId)] };
  return undefined;
}

function metadataChange(resource: Resource, ruleId: string): SemanticChange {
  const entry: FixValue = { id: ruleId, reason: { placeholder: reason } };
  const definition = resource.definition!;
  const metadata = get(definition, 'Metadata');
  if (metadata?.kind !== 'object') return { kind: 'set', target: definition, key: 'Metadata', value: { onus: { ignore: [entry] } } };
  const onus = get(metadata, 'onus');
  if (onus?.kind !== 'object') return { kind: 'set', target: metadata, key: 'onus', value: { ignore: [entry] } };
  const ignore = get(onus, 'ignore');
  if (ignore?.kind === 'list' && ignore.span) return { kind: 'append', target: ignore, value: entry };
  return { kind: 'set', target: onus, key: 'ignore', value: [entry] };
}
