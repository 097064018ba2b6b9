/** Helpers shared by rules: where to point a finding, and the common fixes. */
import type { Span } from '../../server/src/core/text';
import type { FixValue, SemanticFix } from '../../server/src/fixes/types';
import { truth } from '../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../server/src/model/types';

/** The state of a boolean setting, as rules describe it to users. */
export type Setting = 'on' | 'off' | 'absent' | 'unknown';

export function setting(object: MObject | undefined, key: string): { state: Setting; value?: MValue } {
  const value = object?.entries.get(key)?.value;
  const t = truth(value);
  if (t === undefined) return { state: 'absent', value };
  return { state: t === 'true' ? 'on' : t === 'false' ? 'off' : 'unknown', value };
}

/** Where a nested block or mapping starts: its key (Terraform block type, CloudFormation key). */
export function keySpanOf(parent: MObject, key: string, child: MObject): Span {
  const entry = parent.entries.get(key);
  if (child.span && entry?.asBlock) return { start: child.span.start, end: child.span.start + key.length };
  return entry?.keySpan ?? child.span ?? { start: 0, end: 0 };
}

export function setFix(title: string, target: MObject, key: string, value: FixValue, asBlock = false): SemanticFix {
  return { title, kind: 'quickfix', preferred: true, changes: [{ kind: 'set', target, key, value, asBlock }] };
}

export function replaceFix(title: string, target: MValue, value: FixValue): SemanticFix {
  return { title, kind: 'quickfix', preferred: true, changes: [{ kind: 'replace', target, value }] };
}

/** CloudFormation spells booleans as YAML/JSON booleans; Terraform as HCL booleans. Both render `true`. */
export function resourceLabel(resource: Resource): string {
  return resource.format === 'terraform' ? `${resource.type}.${resource.name}` : resource.name;
}
