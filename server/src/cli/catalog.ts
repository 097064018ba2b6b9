/** `onus rules` (the catalog) and `onus explain ID` (one rule, by id or peer alias). */
import { allRules, dutyTitles, type Rule } from '../index';
import { ruleDocsUrl } from '../workspace';

function aliases(rule: Rule): string[] {
  return Object.values(rule.meta.aliases).flat();
}

export function formatRules(format: 'text' | 'json'): string {
  if (format === 'json') {
    const rules = allRules.map((r) => ({ id: r.meta.id, title: r.meta.title, severity: r.meta.severity, owner: r.meta.owner, duty: r.meta.duty, aliases: r.meta.aliases, compliance: r.meta.compliance, fixable: r.meta.fixable, helpUri: ruleDocsUrl(r.meta.id) }));
    return `${JSON.stringify({ rules }, null, 2)}\n`;
  }
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  const lines = allRules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(8)}  ${r.meta.duty.padEnd(18)}  ${r.meta.title}${r.meta.fixable ? ' (fixable)' : ''}`);
  return `${lines.join('\n')}\n\n${allRules.length} rules. 'onus explain ID' explains one (ids or peer aliases).\n`;
}

export function findRule(id: string): Rule | undefined {
  const wanted = id.toLowerCase();
  return allRules.find((r) => r.meta.id === wanted) ?? allRules.find((r) => aliases(r).some((a) => a.toLowerCase() === wanted));
}

export function explainRule(rule: Rule): string {
  const { meta } = rule;
  const peer = Object.entries(meta.aliases)
    .filter(([, ids]) => ids && ids.length > 0)
    .map(([tool, ids]) => `${tool} ${(ids as string[]).join(', ')}`);
  return [
    `${meta.id} — ${meta.title}`,
    '',
    `Severity:   ${meta.severity}`,
    `Owner:      ${meta.owner}`,
    `Duty:       ${dutyTitles[meta.duty]}`,
    `Fixable:    ${meta.fixable ? 'yes (onus scan --fix, or the quick fix in the editor)' : 'no'}`,
    ...(peer.length ? [`Peer ids:   ${peer.join('; ')}`] : []),
    ...(meta.compliance.length ? [`Controls:   ${meta.compliance.join(', ')}`] : []),
    '',
    meta.description,
    '',
    `Suppress:   # onus:ignore ${meta.id} -- <reason>   (above the resource or the attribute)`,
    `Docs:       ${ruleDocsUrl(meta.id)}`,
    '',
  ].join('\n');
}
