/**
 * CloudFormation resources may come in variants (one per combination of the
 * conditions they use that cannot be known statically; see
 * cloudformation/variants.ts): rules check each variant, and a finding that
 * several variants share (same rule, message and place) is reported once.
 */
import type { Resource } from '../model/types';
import type { Finding } from './finding';

/** Every resource as rules should see it: its variants when it has them (none when it is never created). */
export function checkedResources(resources: readonly Resource[]): Resource[] {
  return resources.flatMap((r) => r.variants ?? [r]);
}

/** The identities already in a findings array, kept on the array itself (hidden) so no state outlives it. */
const seenKey = Symbol('onus.findingKeys');
type Tracked = Finding[] & { [seenKey]?: Set<string> };

/**
 * Pushes `finding` unless an identical one (rule, message, span) is already there.
 * O(1) per call: a linear scan here made analysis quadratic in the findings of a file
 * (a 5 MB template with ~10,000 findings spent seconds per keystroke in it).
 */
export function pushOnce(findings: Finding[], finding: Finding): void {
  const tracked = findings as Tracked;
  let seen = tracked[seenKey];
  if (!seen) {
    seen = new Set(findings.map(identity));
    Object.defineProperty(tracked, seenKey, { value: seen, enumerable: false });
  }
  const key = identity(finding);
  if (seen.has(key)) return;
  seen.add(key);
  findings.push(finding);
}

function identity(f: Finding): string {
  return `${f.ruleId}\u0000${f.messageId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
}
