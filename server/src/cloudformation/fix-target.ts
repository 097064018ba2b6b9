/**
 * Where a `set` lands when its object is not written: CloudFormation
 * `Properties` (or a nested map) that is absent gets created under the nearest
 * written ancestor, as `{Properties: {key: value}}`. Shared by the YAML and
 * JSON renderers; format-neutral (reads only the model).
 */
import type { FixValue } from '../fixes/types';
import type { MObject } from '../model/types';

export interface WrittenSet {
  /** A written object (has `syntax`). */
  object: MObject;
  key: string;
  value: FixValue;
}

export function liftToWritten(target: MObject, key: string, value: FixValue): WrittenSet {
  let object = target;
  let k = key;
  let v = value;
  // Bounded by the model's depth; the guard only protects against a cyclic parent chain.
  for (let depth = 0; !object.syntax; depth++) {
    if (!object.parent || depth > 64) throw new Error('The object to change is not written and has no written parent.');
    v = { [k]: v };
    k = object.parent.key;
    object = object.parent.object;
  }
  return { object, key: k, value: v };
}
