/**
 * Whether one customer duty of the knowledge base is met on one resource:
 * `not-met` when a rule that checks the duty reported on the resource,
 * `met` when such a rule ran and reported nothing (suppressed findings count
 * as met: the team accepted them in the code; so do `info` hints, which say
 * the provider's default covers the duty), `not-checkable` when no
 * registered rule checks this duty on this resource type in its format (the
 * duty lists no rules, its rules are not registered yet, or they check other
 * types). A rule's own crash (`internal-error`) proves nothing either way.
 */
import type { CustomerDuty, serviceForType } from '../../../rules/knowledge';
import { allRules } from '../../../rules';
import type { Finding } from '../engine/finding';
import { formatPart, type Rule } from '../engine/rule';
import type { Resource } from '../model/types';

/** The knowledge base lookup by resource type (tests pass a fixed one). */
export type Knowledge = typeof serviceForType;

export type DutyStatus = { status: 'met' } | { status: 'not-met'; findings: Finding[] } | { status: 'not-checkable' };

/** The registered rules that check `duty` on resources of this type and format. */
export function checkingRules(resource: Pick<Resource, 'type' | 'format'>, duty: CustomerDuty, rules: readonly Rule[] = allRules): Rule[] {
  return rules.filter((rule) => {
    if (!duty.rules.includes(rule.meta.id)) return false;
    const types = formatPart(rule, resource.format)?.resourceTypes;
    return types === 'all' || (types !== undefined && types.includes(resource.type));
  });
}

/** Findings about `resource` itself (same file, type and name), whatever the rule. */
export function findingsOn(resource: Pick<Resource, 'uri' | 'type' | 'name'>, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.uri === resource.uri && f.resource.type === resource.type && f.resource.name === resource.name);
}

export function dutyStatus(resource: Pick<Resource, 'uri' | 'type' | 'name' | 'format'>, findings: readonly Finding[], duty: CustomerDuty, rules: readonly Rule[] = allRules): DutyStatus {
  const checking = checkingRules(resource, duty, rules).map((r) => r.meta.id);
  if (checking.length === 0) return { status: 'not-checkable' };
  const open = findingsOn(resource, findings).filter((f) => checking.includes(f.ruleId));
  // An info hint (e.g. the provider's default covers it) does not leave the duty unmet.
  const real = open.filter((f) => f.messageId !== 'internal-error' && f.severity !== 'info');
  if (real.length > 0) return { status: 'not-met', findings: real };
  if (open.some((f) => f.messageId === 'internal-error')) return { status: 'not-checkable' };
  return { status: 'met' };
}
