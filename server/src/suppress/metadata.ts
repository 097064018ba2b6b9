/**
 * CloudFormation Metadata suppressions (JSON templates have no comments):
 *   resource level:  Resources.X.Metadata.onus.ignore: [{id, reason, until}]
 *   template level:  Metadata.onus.ignore: [{id, reason, until}]   (the whole template)
 * and the peers' forms, at either level:
 *   Metadata.checkov.skip: [{id, comment}]
 *   Metadata.cfn_nag.rules_to_suppress: [{id, reason}]
 *   Metadata.cfn-lint.config.ignore_checks: [id, …]
 * An entry may also be a bare string id.
 */
import { jsonProperty, jsonValue } from '../cloudformation/json-model';
import { yamlValue } from '../cloudformation/yaml-model';
import { pairValueBound } from '../cloudformation/yaml-nodes';
import type { Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import { get, str } from '../model/query';
import type { MValue, Resource } from '../model/types';
import type { Scope, Suppression } from './collect';

interface Entry {
  id?: string;
  reason?: string;
  until?: string;
  span?: Span;
}

function entries(list: MValue | undefined, reasonKey: string): Entry[] {
  if (list?.kind !== 'list') return [];
  return list.items.map((item) => {
    if (item.kind === 'scalar') return { id: str(item), span: item.span };
    if (item.kind !== 'object') return { span: item.span };
    const until = get(item, 'until');
    return {
      id: str(get(item, 'id')),
      reason: str(get(item, reasonKey)) ?? str(get(item, 'reason')),
      until: until?.kind === 'scalar' && until.value !== null ? String(until.value) : undefined,
      span: item.span,
    };
  });
}

function fromMetadata(metadata: MValue | undefined, scope: Scope, fallback: Span, peers: boolean): Suppression[] {
  if (metadata?.kind !== 'object') return [];
  const out: Suppression[] = [];
  const add = (source: Suppression['source'], found: Entry[]) => {
    for (const e of found) {
      // An entry without an id suppresses nothing; it is reported as unused (onus) or skipped (peers).
      out.push({
        source,
        form: 'metadata',
        ids: e.id ? [e.id] : [],
        ...(e.reason ? { reason: e.reason } : {}),
        ...(e.until ? { until: e.until } : {}),
        scope,
        span: e.span ?? fallback,
      });
    }
  };
  const onus = get(metadata, 'onus');
  if (onus?.kind === 'object') add('onus', entries(get(onus, 'ignore'), 'reason'));
  if (!peers) return out;
  const checkov = get(metadata, 'checkov');
  if (checkov?.kind === 'object') add('checkov', entries(get(checkov, 'skip'), 'comment'));
  const nag = get(metadata, 'cfn_nag');
  if (nag?.kind === 'object') add('cfn_nag', entries(get(nag, 'rules_to_suppress'), 'reason'));
  const lint = get(metadata, 'cfn-lint');
  const lintConfig = lint?.kind === 'object' ? get(lint, 'config') : undefined;
  if (lintConfig?.kind === 'object') add('cfn-lint', entries(get(lintConfig, 'ignore_checks'), 'reason'));
  return out.filter((s) => s.source === 'onus' || s.ids.length > 0);
}

/** The template's top-level `Metadata`, as a model value. */
function templateMetadata(document: OnusDocument): MValue | undefined {
  try {
    if (document.syntax === 'json') {
      const node = jsonProperty(document.tree as Parameters<typeof jsonProperty>[0], 'Metadata')?.children?.[1];
      return node ? jsonValue(node) : undefined;
    }
    if (document.syntax === 'yaml') {
      const contents = (document.tree as { contents?: { items?: unknown[] } } | undefined)?.contents;
      const pair = contents?.items?.find((p) => {
        const key = (p as { key?: { value?: unknown } }).key;
        return key?.value === 'Metadata';
      }) as Parameters<typeof pairValueBound>[0] | undefined;
      return pair?.value ? yamlValue(document.text, pair.value, pairValueBound(pair, 0)) : undefined;
    }
  } catch {
    // A malformed Metadata section suppresses nothing; the template's own diagnostics say why.
  }
  return undefined;
}

/**
 * A resource's Metadata suppressions, kept with the resource object: a JSON template's resources
 * outlive keystrokes that do not touch them (cloudformation/json-incremental.ts), and every span a
 * suppression holds is the model's own, which moves with it.
 */
const ofResource = new WeakMap<Resource, { peers: boolean; suppressions: Suppression[] }>();

function resourceSuppressions(resource: Resource, peers: boolean, keep: boolean): readonly Suppression[] {
  const known = keep ? ofResource.get(resource) : undefined;
  if (known && known.peers === peers) return known.suppressions;
  const metadata = resource.definition?.entries.get('Metadata')?.value;
  const suppressions = metadata?.kind === 'object' ? fromMetadata(metadata, { kind: 'resource', resource }, metadata.span ?? resource.headerSpan, peers) : [];
  if (keep) ofResource.set(resource, { peers, suppressions });
  return suppressions;
}

export function metadataSuppressions(document: OnusDocument, peers: boolean): Suppression[] {
  if (document.kind !== 'cloudformation') return [];
  const out: Suppression[] = [];
  const whole = { start: 0, end: 0 };
  const template = templateMetadata(document);
  out.push(...fromMetadata(template, { kind: 'file' }, template?.span ?? whole, peers));
  // Per keystroke over every resource of a 10,000-resource template (a CDK one has Metadata on each).
  for (const resource of document.resources) for (const suppression of resourceSuppressions(resource, peers, document.resourcesCarriedOver === true)) out.push(suppression);
  return out;
}
