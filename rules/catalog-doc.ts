/**
 * docs/rules.md, generated from the catalog (`npm run docs`): one table of every
 * rule — id, title, duty, owner, severity, formats, fix, peer aliases — so the
 * published list can never drift from the rules (test/docs/rules-doc.test.ts).
 */
import { dutyTitles, type Rule } from '../server/src/engine/rule';

function aliasText(rule: Rule): string {
  const a = rule.meta.aliases;
  const parts = [...(a.checkov ?? []), ...(a.trivy ?? []), ...(a.tfsec ?? []), ...(a.kics ?? []).map((id) => `KICS ${id.slice(0, 8)}`)];
  return parts.length ? parts.map((p) => `\`${p}\``).join(' ') : '—';
}

function formats(rule: Rule): string {
  return [rule.terraform && 'Terraform', rule.cloudformation && 'CloudFormation'].filter(Boolean).join(', ');
}

const escape = (text: string): string => text.replace(/\|/g, '\\|');

export function catalogMarkdown(rules: readonly Rule[]): string {
  const sorted = [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from the rule catalog by `npm run docs`; do not edit by hand. -->',
    '',
    `${sorted.length} rules. Each links to its README: why the duty is yours, what the provider does, examples, the fix.`,
    '',
    '| Rule | Title | Duty | Owner | Severity | Formats | Fix | Peer ids |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const rule of sorted) {
    const m = rule.meta;
    const cloud = m.id.split('-')[0];
    lines.push(
      `| [${m.id}](../rules/${cloud}/${m.id}/README.md) | ${escape(m.title)} | ${dutyTitles[m.duty]} | ${m.owner} | ${m.severity} | ${formats(rule)} | ${m.fixable ? 'quick fix' : '—'} | ${aliasText(rule)} |`,
    );
  }
  const byDuty = new Map<string, number>();
  for (const rule of sorted) byDuty.set(dutyTitles[rule.meta.duty], (byDuty.get(dutyTitles[rule.meta.duty]) ?? 0) + 1);
  lines.push('', '## By duty', '', '| Duty | Rules |', '|---|---|');
  for (const [duty, count] of [...byDuty].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`| ${duty} | ${count} |`);
  return `${lines.join('\n')}\n`;
}
