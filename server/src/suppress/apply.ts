/**
 * Applies a document's suppressions to its findings, under the configured policy:
 * - a valid suppression that covers a finding removes it;
 * - an expired one (after `until`) lets the finding through with a note;
 * - one that breaks the policy (no reason when required, expiry missing or too
 *   far, inline suppressions disabled, a malformed date) does not suppress and
 *   is reported itself (`onus-invalid-suppression`);
 * - an Onus suppression (comment or Metadata) that covers nothing is reported
 *   as `onus-unused-suppression` (a hint), with a fix that removes it.
 * Peers' forms are never reported unused: they may be there for the peer.
 */
import type { OnusConfig } from '../config/types';
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import { ruleNames, type Rule } from '../engine/rule';
import type { RenderedFix } from '../fixes/types';
import type { Suppression } from './collect';
import { dayOf, parseDate } from './directive';
import { idMatches } from './peers';
import { removalFix } from './remove';

export const unusedSuppressionId = 'onus-unused-suppression';
export const invalidSuppressionId = 'onus-invalid-suppression';

function names(rule: Rule | undefined, ruleId: string): readonly string[] {
  return rule ? ruleNames(rule) : [ruleId];
}

function covers(s: Suppression, finding: Finding): boolean {
  switch (s.scope.kind) {
    case 'file':
      return true;
    case 'resource': {
      const r = s.scope.resource;
      return finding.resource.span.start === r.span.start && finding.resource.name === r.name && finding.resource.type === r.type;
    }
    case 'lines':
      return finding.range.start.line >= s.scope.from && finding.range.start.line <= s.scope.to;
  }
}

/** Why a suppression may not suppress under the policy, or undefined when it may. */
function policyProblem(s: Suppression, config: OnusConfig, today: number): string | undefined {
  const policy = config.suppressions;
  if (s.malformed) return 'Onus cannot read this directive: write `onus:ignore <id>[,<id>…] [until=YYYY-MM-DD] [-- reason]`.';
  if (!policy.allowInline) return 'In-file suppressions are disabled by the Onus configuration (suppressions.allowInline: false).';
  if (s.until !== undefined && parseDate(s.until) === undefined) return `The expiry '${s.until}' is not a date; write until=YYYY-MM-DD.`;
  if (policy.requireReason && !s.reason) return 'This suppression needs a reason (suppressions.requireReason): add `-- <reason>`.';
  if (policy.maxExpiryDays !== undefined) {
    if (s.until === undefined) return `This suppression needs an expiry at most ${policy.maxExpiryDays} days ahead (suppressions.maxExpiryDays): add until=YYYY-MM-DD.`;
    const until = parseDate(s.until)!;
    if (until - today > policy.maxExpiryDays) return `The expiry ${s.until} is more than ${policy.maxExpiryDays} days ahead (suppressions.maxExpiryDays).`;
  }
  return undefined;
}

function pseudoFinding(document: OnusDocument, s: Suppression, ruleId: string, messageId: string, message: string, title: string, severity: Finding['severity'], textFixes: RenderedFix[]): Finding {
  const resource = s.scope.kind === 'resource' ? { type: s.scope.resource.type, name: s.scope.resource.name, span: s.scope.resource.span } : { type: 'suppression', name: s.source, span: s.span };
  return {
    ruleId,
    messageId,
    message,
    title,
    severity,
    owner: 'customer',
    duty: 'governance',
    uri: document.uri,
    span: s.span,
    range: document.lineIndex.rangeOf(s.span),
    resource,
    fixes: [],
    ...(textFixes.length > 0 ? { textFixes } : {}),
  };
}

export function applySuppressions(document: OnusDocument, findings: readonly Finding[], suppressions: readonly Suppression[], rules: readonly Rule[], config: OnusConfig, now: Date): Finding[] {
  if (suppressions.length === 0) return [...findings];
  const today = dayOf(now);
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const problems = suppressions.map((s) => policyProblem(s, config, today));
  const usedIds = suppressions.map(() => new Set<string>());
  const blocked = new Set<number>();
  // Index by scope so that each finding looks only at the suppressions that can cover it.
  const fileWide: number[] = [];
  const byResource = new Map<number, number[]>();
  const byLine = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, key: number, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  suppressions.forEach((s, i) => {
    if (s.scope.kind === 'file') fileWide.push(i);
    else if (s.scope.kind === 'resource') push(byResource, s.scope.resource.span.start, i);
    else for (let l = s.scope.from; l <= s.scope.to; l++) push(byLine, l, i);
  });
  const acceptedOf = new Map<string, readonly string[]>();
  const out: Finding[] = [];
  for (const finding of findings) {
    let accepted = acceptedOf.get(finding.ruleId);
    if (!accepted) acceptedOf.set(finding.ruleId, (accepted = names(byId.get(finding.ruleId), finding.ruleId)));
    let suppressed = false;
    let expired: Suppression | undefined;
    const candidates = [...fileWide, ...(byResource.get(finding.resource.span.start) ?? []), ...(byLine.get(finding.range.start.line) ?? [])];
    candidates.forEach((i) => {
      const s = suppressions[i];
      if (!covers(s, finding)) return;
      const matched = s.ids.filter((id) => idMatches(id, accepted));
      if (matched.length === 0) return;
      for (const id of matched) usedIds[i].add(id);
      if (problems[i]) {
        blocked.add(i);
        return;
      }
      if (s.until !== undefined && parseDate(s.until)! < today) expired ??= s;
      else suppressed = true;
    });
    if (suppressed) continue;
    if (expired) out.push({ ...finding, message: `${finding.message} (The suppression of this finding expired on ${expired.until}${expired.reason ? `: ${expired.reason}` : ''}.)` });
    else out.push(finding);
  }
  const known = rules.flatMap((r) => names(r, r.meta.id));
  suppressions.forEach((s, i) => {
    const problem = problems[i];
    if (problem && (s.source === 'onus' || blocked.has(i))) {
      out.push(pseudoFinding(document, s, invalidSuppressionId, 'invalid', `${problem} It does not suppress anything.`, 'Suppression not accepted', 'medium', []));
      return;
    }
    if (s.source !== 'onus' || problem) return;
    const unused = s.ids.length === 0 ? ['(no id)'] : s.ids.filter((id) => !usedIds[i].has(id));
    if (unused.length === 0) return;
    const what = unused.map((id) => (id === '*' || idMatches(id, known) ? `'${id}'` : `'${id}' (no rule or alias has this id)`)).join(', ');
    const fix = removalFix(document, s, unused);
    out.push(pseudoFinding(document, s, unusedSuppressionId, 'unused', `Unused suppression: ${what} suppresses nothing here.`, 'Unused suppression', 'info', fix ? [fix] : []));
  });
  return out;
}
