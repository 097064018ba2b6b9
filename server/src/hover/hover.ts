/**
 * Hover content. On a resource type: the provider's part and the customer's
 * part of the shared-responsibility model, each customer duty marked met / not
 * met / not checkable from code (responsibility/status.ts decides). On an
 * attribute a duty's rules read: that duty, its owner and its state here
 * (duty-attribute.ts). On a finding: the rule's explanation, owner, fix and
 * how to suppress it.
 */
import { allRules } from '../../../rules';
import { serviceForType, sharedResponsibilityUrls, type CustomerDuty } from '../../../rules/knowledge';
import { spanContains, type Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import { dutyTitles, type Rule } from '../engine/rule';
import type { Resource } from '../model/types';
import { dutyStatus, type Knowledge } from '../responsibility/status';
import { dutyAttributeHover, ownerText } from './duty-attribute';
import { valueHoverAt } from './value';
import { withPropertyDocs } from './property-docs';

export interface HoverResult {
  markdown: string;
  span: Span;
}

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

function dutyLine(resource: Resource, findings: readonly Finding[], duty: CustomerDuty, rules: readonly Rule[]): string {
  const title = dutyTitles[duty.duty];
  const state = dutyStatus(resource, findings, duty, rules);
  if (state.status === 'not-checkable') return `- ○ ${duty.text} — *${title}; not checkable from code*`;
  if (state.status === 'met') return `- ✓ ${duty.text} — *${title}; met*`;
  return `- ✗ ${duty.text} — *${title}; not met: ${state.findings[0].message.split('. ')[0]}*`;
}

export function resourceMarkdown(resource: Resource, findings: readonly Finding[], rules: readonly Rule[] = allRules, knowledge: Knowledge = serviceForType): string | undefined {
  const service = knowledge(resource.type);
  if (!service) return undefined;
  return [
    `**${service.name}** · \`${resource.type}\``,
    '',
    `**The provider's part:**`,
    ...service.provider.map((p) => `- ${p}`),
    '',
    `**Your part:**`,
    ...service.customer.map((d) => dutyLine(resource, findings, d, rules)),
    '',
    `[Shared responsibility model](${sharedResponsibilityUrls[service.cloud]}) · [${service.name} security](${service.docs})`,
  ].join('\n');
}

/** One line per finding, for hovers that already show the resource's responsibility split. */
function findingLine(finding: Finding): string {
  const fix = finding.fixes.some((f) => f.kind === 'quickfix') ? ' · quick fix available' : '';
  return `- **${finding.title}** (\`${finding.ruleId}\`, ${finding.severity}, owner: ${finding.owner})${fix}`;
}

/** `knowledge`: the responsibility knowledge base lookup (tests pass a fixed one). */
export function hoverAt(document: OnusDocument, findings: readonly Finding[], offset: number, rules: readonly Rule[] = allRules, knowledge: Knowledge = serviceForType): HoverResult | undefined {
  return withPropertyDocs(document, offset, hoverWithoutDocs(document, findings, offset, rules, knowledge));
}

function hoverWithoutDocs(document: OnusDocument, findings: readonly Finding[], offset: number, rules: readonly Rule[], knowledge: Knowledge): HoverResult | undefined {
  const here = findings.filter((f) => f.uri === document.uri && spanContains(f.span, offset));
  const resource = document.resources.find((r) => spanContains(r.typeSpan, offset));
  const split = resource ? resourceMarkdown(resource, findings, rules, knowledge) : undefined;
  if (resource && split) {
    const lines = here.length ? ['', '**Findings here:**', ...here.map(findingLine)] : [];
    return { markdown: [split, ...lines].join('\n'), span: resource.typeSpan };
  }
  const duty = dutyAttributeHover(document, findings, offset, rules, knowledge);
  const explained = here.map((f) => findingMarkdown(f, rules.find((r) => r.meta.id === f.ruleId)));
  if (duty) return { markdown: [duty.markdown, ...explained].join('\n\n---\n\n'), span: duty.span };
  if (here.length === 0) return valueHoverAt(document, offset);
  return { markdown: explained.join('\n\n---\n\n'), span: here[0].span };
}
