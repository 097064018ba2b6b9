/**
 * Hover content. On a resource type: the provider's part and the customer's
 * part of the shared-responsibility model, each customer duty marked met / not
 * met / not checkable from code. On a finding: the rule's explanation, owner,
 * fix and how to suppress it.
 */
import { allRules } from '../../../rules';
import { serviceForType, sharedResponsibilityUrl, type ServiceEntry } from '../../../rules/knowledge';
import { spanContains, type Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import { dutyTitles, type Rule } from '../engine/rule';
import type { Resource } from '../model/types';
import { valueHoverAt } from './value';
import { withPropertyDocs } from './property-docs';

export interface HoverResult {
  markdown: string;
  span: Span;
}

const ownerText = { customer: 'you (the customer)', provider: 'the cloud provider', shared: 'shared between you and the provider' };

export function findingMarkdown(finding: Finding, rule: Rule | undefined): string {
  const lines = [`**${finding.title}** · \`${finding.ruleId}\` · ${finding.severity}`, '', finding.message, '', `**Owner:** ${ownerText[finding.owner]} — ${dutyTitles[finding.duty]}`];
  if (rule) {
    lines.push('', rule.meta.description);
    if (rule.meta.compliance.length) lines.push('', `**Controls:** ${rule.meta.compliance.join(' · ')}`);
  }
  const fix = finding.fixes.find((f) => f.kind === 'quickfix');
  if (fix) lines.push('', `**Fix:** ${fix.title} (quick fix available).`);
  lines.push('', `**Suppress:** \`# onus:ignore ${finding.ruleId} -- <reason>\` above the resource.`);
  return lines.join('\n');
}

function dutyLine(resource: Resource, findings: readonly Finding[], duty: ServiceEntry['customer'][number]): string {
  const title = dutyTitles[duty.duty];
  if (duty.rules.length === 0) return `- ○ ${duty.text} — *${title}; not checkable from code*`;
  const open = findings.filter((f) => duty.rules.includes(f.ruleId) && f.resource.name === resource.name && f.resource.type === resource.type);
  if (open.length === 0) return `- ✓ ${duty.text} — *${title}; met*`;
  return `- ✗ ${duty.text} — *${title}; not met: ${open[0].message.split('. ')[0]}*`;
}

export function resourceMarkdown(resource: Resource, findings: readonly Finding[]): string | undefined {
  const service = serviceForType(resource.type);
  if (!service) return undefined;
  return [
    `**${service.name}** · \`${resource.type}\``,
    '',
    `**The provider's part:**`,
    ...service.provider.map((p) => `- ${p}`),
    '',
    `**Your part:**`,
    ...service.customer.map((d) => dutyLine(resource, findings, d)),
    '',
    `[Shared responsibility model](${sharedResponsibilityUrl}) · [${service.name} security](${service.docs})`,
  ].join('\n');
}

/** One line per finding, for hovers that already show the resource's responsibility split. */
function findingLine(finding: Finding): string {
  const fix = finding.fixes.some((f) => f.kind === 'quickfix') ? ' · quick fix available' : '';
  return `- **${finding.title}** (\`${finding.ruleId}\`, ${finding.severity}, owner: ${finding.owner})${fix}`;
}

export function hoverAt(document: OnusDocument, findings: readonly Finding[], offset: number, rules: readonly Rule[] = allRules): HoverResult | undefined {
  return withPropertyDocs(document, offset, hoverWithoutDocs(document, findings, offset, rules));
}

function hoverWithoutDocs(document: OnusDocument, findings: readonly Finding[], offset: number, rules: readonly Rule[]): HoverResult | undefined {
  const here = findings.filter((f) => f.uri === document.uri && spanContains(f.span, offset));
  const resource = document.resources.find((r) => spanContains(r.typeSpan, offset));
  const split = resource ? resourceMarkdown(resource, findings) : undefined;
  if (resource && split) {
    const lines = here.length ? ['', '**Findings here:**', ...here.map(findingLine)] : [];
    return { markdown: [split, ...lines].join('\n'), span: resource.typeSpan };
  }
  if (here.length === 0) return valueHoverAt(document, offset);
  const markdown = here.map((f) => findingMarkdown(f, rules.find((r) => r.meta.id === f.ruleId))).join('\n\n---\n\n');
  return { markdown, span: here[0].span };
}
