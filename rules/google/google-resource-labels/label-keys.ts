/**
 * How the team's required tag keys (`onus.requiredTags`, written for every cloud, e.g. `Owner`,
 * `CostCenter`) map onto Google label keys, which must be lower case (letters, digits, `_`, `-`,
 * starting with a letter): the fix writes `owner`, `cost_center`, and a label matches a required
 * key when both agree once case and separators are set aside (`cost_center`, `cost-center` and
 * `costcenter` all satisfy `CostCenter`).
 */

/** The label key the fix writes for a required key: camel case split with `_`, lower case, other characters `_`. */
export function labelKeyFor(required: string): string {
  return required
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}_-]/gu, '_');
}

const squash = (key: string): string => key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a written label key satisfies a required key. */
export function sameLabel(required: string, present: string): boolean {
  return squash(required) === squash(present);
}
