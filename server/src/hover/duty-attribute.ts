/**
 * Hover on an attribute a duty's rules read (the knowledge base's
 * `CustomerDuty.reads`, dot paths from the Terraform block body or from
 * CloudFormation `Properties`, list items skipped): which duty the attribute
 * serves, who owns it, and whether it is met on this resource.
 */
import { allRules } from '../../../rules';
import { serviceForType, type CustomerDuty } from '../../../rules/knowledge';
import { spanContains, type Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import { dutyTitles, type Owner, type Rule } from '../engine/rule';
import type { MObject, MValue, Resource } from '../model/types';
import { checkingRules, dutyStatus, type Knowledge } from '../responsibility/status';

export const ownerText: Record<Owner, string> = { customer: 'you (the customer)', provider: 'the cloud provider', shared: 'shared between you and the provider' };

/** The key written at `offset` inside `object`, with the path of keys down to it. */
function keyAt(object: MObject, offset: number): { path: string[]; span: Span } | undefined {
  for (const [key, entry] of object.entries) {
    if (entry.keySpan && spanContains(entry.keySpan, offset)) return { path: [key], span: entry.keySpan };
    if (entry.span && !spanContains(entry.span, offset)) continue;
    const inner = keyInValue(entry.value, offset);
    if (inner) return { path: [key, ...inner.path], span: inner.span };
  }
  return undefined;
}

function keyInValue(value: MValue, offset: number): { path: string[]; span: Span } | undefined {
  if (value.span && !spanContains(value.span, offset)) return undefined;
  if (value.kind === 'object') return keyAt(value, offset);
  if (value.kind === 'list') for (const item of value.items) {
    const inner = keyInValue(item, offset);
    if (inner) return inner;
  }
  return undefined;
}

/** `Properties.` is optional in CloudFormation paths: `Encrypted` and `Properties.Encrypted` are the same attribute. */
function samePath(written: string, path: readonly string[], format: Resource['format']): boolean {
  const wanted = format === 'cloudformation' ? written.replace(/^Properties\./, '') : written;
  return wanted === path.join('.');
}

function firstSentence(message: string): string {
  return message.split('. ')[0].replace(/\.$/, '');
}

function dutyBlock(resource: Resource, findings: readonly Finding[], duty: CustomerDuty, serviceName: string, rules: readonly Rule[]): string {
  const checking = checkingRules(resource, duty, rules);
  const owner: Owner = checking[0]?.meta.owner ?? 'customer';
  const state = dutyStatus(resource, findings, duty, rules);
  const here =
    state.status === 'met'
      ? '✓ met'
      : state.status === 'not-met'
        ? `✗ not met — ${firstSentence(state.findings[0].message)}`
        : '○ not checkable from code';
  const by = checking.length ? ` · checked by ${checking.map((r) => `\`${r.meta.id}\``).join(', ')}` : '';
  return [`**Duty:** ${duty.text} — *${dutyTitles[duty.duty]}* (${serviceName})`, '', `**Owner:** ${ownerText[owner]}${by}`, '', `**Here:** ${here}`].join('\n');
}

export function dutyAttributeHover(
  document: OnusDocument,
  findings: readonly Finding[],
  offset: number,
  rules: readonly Rule[] = allRules,
  knowledge: Knowledge = serviceForType,
): { markdown: string; span: Span } | undefined {
  const resource = document.resources.find((r) => spanContains(r.span, offset));
  if (!resource || spanContains(resource.typeSpan, offset)) return undefined;
  const service = knowledge(resource.type);
  const found = service ? keyAt(resource.body, offset) : undefined;
  if (!service || !found) return undefined;
  const duties = service.customer.filter((d) => d.reads?.[resource.format]?.some((p) => samePath(p, found.path, resource.format)));
  if (duties.length === 0) return undefined;
  const title = `**\`${found.path.join('.')}\`** · read by Onus for your part of the shared-responsibility model`;
  return { markdown: [title, ...duties.map((d) => `\n${dutyBlock(resource, findings, d, service.name, rules)}`)].join('\n'), span: found.span };
}
