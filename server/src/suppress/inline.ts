/**
 * Whether a finding is suppressed: by a directive in the comments directly above
 * its resource, on the finding's own line or the line above it, or (JSON and
 * YAML templates) in the resource's `Metadata.onus.ignore` list.
 */
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import type { Rule } from '../engine/rule';
import { get, objects, str } from '../model/query';
import type { Resource } from '../model/types';
import { parseDirective } from './directive';

function names(rule: Rule | undefined, ruleId: string): string[] {
  return rule ? [rule.meta.id, ...Object.values(rule.meta.aliases).flat()] : [ruleId];
}

function matches(ids: readonly string[], accepted: readonly string[]): boolean {
  return ids.some((id) => id === '*' || accepted.some((a) => a.toLowerCase() === id.toLowerCase()));
}

function metadataIds(resource: Resource): string[] {
  const onus = get(resource.definition, 'Metadata');
  if (onus?.kind !== 'object') return [];
  const ignore = get(onus, 'onus');
  if (ignore?.kind !== 'object') return [];
  return objects(ignore, 'ignore').map((o) => str(get(o, 'id')) ?? '').filter(Boolean);
}

export function isSuppressed(document: OnusDocument, finding: Finding, resource: Resource, rule?: Rule): boolean {
  const accepted = names(rule, finding.ruleId);
  for (const comment of resource.leadingComments) {
    const directive = parseDirective(comment.text);
    if (directive && matches(directive.ids, accepted)) return true;
  }
  if (matches(metadataIds(resource), accepted)) return true;
  const line = finding.range.start.line;
  for (const comment of document.comments) {
    if (comment.span.start < resource.span.start || comment.span.start > resource.span.end) continue;
    const commentLine = document.lineIndex.positionAt(comment.span.start).line;
    if (commentLine !== line && commentLine !== line - 1) continue;
    const directive = parseDirective(comment.text);
    if (directive && matches(directive.ids, accepted)) return true;
  }
  return false;
}
