/**
 * The common shape of "this boolean setting must be on": a finding where it is
 * false (on the value, fixed in place) or absent with a default of false (on
 * the resource type, fixed by adding it). Unknown values never report.
 */
import type { RuleContext } from '../../server/src/engine/rule';
import type { MObject, Resource } from '../../server/src/model/types';
import { replaceFix, setFix, setting } from './report';

export interface RequireTrue {
  resource: Resource;
  context: RuleContext;
  /** Where the setting lives (the resource body, or a nested block). */
  object: MObject;
  key: string;
  messageId: string;
  data?: Record<string, string | number>;
}

/** Reports when `key` is false or absent; returns whether it reported. */
export function requireTrue({ resource, context, object, key, messageId, data }: RequireTrue): boolean {
  const { state, value } = setting(object, key);
  if (state === 'on' || state === 'unknown') return false;
  const shown = resource.format === 'terraform' ? `${key} = true` : `${key}: true`;
  const state_ = state === 'off' ? 'set to false' : 'not set, so false';
  const all = { name: resource.name, state: state_, ...data };
  if (state === 'off' && value?.span) {
    context.report({ messageId, data: all, span: value.span, fixes: [replaceFix(`Set ${shown}`, value, true)] });
  } else {
    context.report({ messageId, data: all, span: resource.typeSpan, fixes: [setFix(`Add ${shown}`, object, key, true)] });
  }
  return true;
}
