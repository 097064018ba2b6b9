/**
 * The most common duty in the data-protection rules: an encryption switch
 * (`encrypted`, `enable_key_rotation`, `encrypt_at_rest { enabled }`…) that the
 * provider leaves off unless asked. Written `false`: the finding points at the
 * value and the fix replaces it; absent: the finding points at the resource
 * type (or the enclosing block) and the fix adds it. Unknown never reports.
 * Any "this boolean must be on" setting uses it (CloudTrail's switches too).
 */
import type { Span } from '../../server/src/core/text';
import type { RuleContext, Severity } from '../../server/src/engine/rule';
import { objects } from '../../server/src/model/query';
import type { MObject, Resource } from '../../server/src/model/types';
import { blockKeySpan } from './blocks';
import { replaceFix, setFix, setting } from './report';

export interface SwitchReport {
  messageId: string;
  /** Placeholders for the message; `name` and `state` (`set to false` / `not set`) are added. */
  data?: Record<string, string>;
  severity?: Severity;
  /** The `{state}` text for an absent key (default `not set`). */
  absent?: string;
}

/** How a format writes `key: true` in a fix title. */
function shown(resource: Resource, key: string): string {
  return resource.format === 'terraform' ? `${key} = true` : `${key}: true`;
}

/**
 * Reports unless `object[key]` is true or unknown. `at` is where a finding about
 * an absent key points (default: the resource type). Returns the state found.
 */
export function requireSwitch(resource: Resource, context: RuleContext, object: MObject, key: string, report: SwitchReport, at?: Span): 'on' | 'off' | 'absent' | 'unknown' {
  const { state, value } = setting(object, key);
  if (state === 'on' || state === 'unknown') return state;
  const data = { name: resource.name, ...report.data, state: state === 'off' ? 'set to false' : (report.absent ?? 'not set') };
  const base = { messageId: report.messageId, data, ...(report.severity ? { severity: report.severity } : {}) };
  if (state === 'off' && value?.span) {
    context.report({ ...base, span: value.span, fixes: [replaceFix(`Set ${shown(resource, key)}`, value, true)] });
  } else {
    context.report({ ...base, span: at ?? resource.typeSpan, fixes: [setFix(`Add ${shown(resource, key)}`, object, key, true)] });
  }
  return state;
}

/**
 * The same for a switch inside an options block (`encrypt_at_rest { enabled }`,
 * CloudFormation `EncryptionAtRestOptions: { Enabled }`). A missing block is
 * reported on the resource type with a fix that adds the block; a block that
 * is not an object (an intrinsic, a variable) is unknown.
 */
export function requireNestedSwitch(resource: Resource, context: RuleContext, block: string, key: string, report: SwitchReport): void {
  const entry = resource.body.entries.get(block);
  const written = entry && !(entry.value.kind === 'scalar' && entry.value.value === null);
  if (!written) {
    const data = { name: resource.name, ...report.data, state: `no ${block}` };
    const terraform = resource.format === 'terraform';
    const title = terraform ? `Add ${block} { ${key} = true }` : `Add ${block}: { ${key}: true }`;
    context.report({
      messageId: report.messageId,
      data,
      ...(report.severity ? { severity: report.severity } : {}),
      span: resource.typeSpan,
      fixes: [setFix(title, resource.body, block, terraform ? { block: { [key]: true } } : { [key]: true }, terraform)],
    });
    return;
  }
  for (const options of objects(resource.body, block)) {
    requireSwitch(resource, context, options, key, report, blockKeySpan(resource.body, block, options));
  }
}
