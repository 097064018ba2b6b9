/**
 * `.onus.yaml`: text → a partial configuration plus problems with their spans.
 * A key with a wrong value is reported and left out (its default applies);
 * a file that does not parse yields no settings at all. Nothing here throws.
 * The JSON Schema in `schemas/onus.schema.json` describes the same keys
 * (test/unit/config keeps the two in agreement).
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Span } from '../core/text';
import { dutyTitles, severityOrder, type Duty, type Severity } from '../engine/rule';
import type { OnusConfig, RuleSetting, SuppressionPolicy, TagRequirement } from './types';

export const configFileName = '.onus.yaml';
export const configFileNames: readonly string[] = ['.onus.yaml', '.onus.yml'];

export interface ConfigProblem {
  message: string;
  span: Span;
  severity: 'error' | 'warning';
}

export interface ParsedConfig {
  config: Partial<OnusConfig>;
  problems: ConfigProblem[];
}

const topKeys = ['rules', 'severity', 'requiredTags', 'exclude', 'frameworks', 'suppressions', 'maxFileSize'] as const;
const suppressionKeys = ['allowInline', 'requireReason', 'maxExpiryDays', 'peerComments'] as const;
const duties = Object.keys(dutyTitles) as Duty[];
const ruleSettings: readonly string[] = ['off', 'on', ...severityOrder];

class Reader {
  readonly problems: ConfigProblem[] = [];
  constructor(private readonly text: string) {}

  span(node: Node | Pair | null | undefined): Span {
    const n = (node && 'key' in node ? node.key ?? node.value : node) as Node | null | undefined;
    const range = n?.range;
    return range ? { start: range[0], end: range[1] } : { start: 0, end: Math.min(this.text.length, 1) };
  }

  error(node: Node | Pair | null | undefined, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.problems.push({ message, span: this.span(node), severity });
  }

  stringList(node: unknown, what: string): string[] | undefined {
    if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value.length > 0)) {
      this.error(node as Node, `${what} must be a list of non-empty strings.`);
      return undefined;
    }
    return node.items.map((i) => String((i as { value: string }).value));
  }
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function readRules(r: Reader, node: unknown, knownIds?: ReadonlySet<string>): Record<string, RuleSetting> | undefined {
  if (!isMap(node)) return void r.error(node as Node, '`rules` must map rule ids (or peer aliases) to off, on or a severity.');
  const out: Record<string, RuleSetting> = {};
  for (const pair of node.items) {
    const id = keyOf(pair);
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    // YAML 1.1 habits: `off`/`on` may arrive as booleans in other tools; accept them.
    const setting = value === false ? 'off' : value === true ? 'on' : typeof value === 'string' ? value : undefined;
    if (!setting || !ruleSettings.includes(setting)) {
      r.error(pair.value as Node, `Rule '${id}': expected one of ${ruleSettings.join(', ')}.`);
      continue;
    }
    if (knownIds && !knownIds.has(id.toLowerCase())) r.error(pair, `Unknown rule id or alias '${id}'.`, 'warning');
    out[id] = setting as RuleSetting;
  }
  return out;
}

function readDutySeverity(r: Reader, node: unknown): Partial<Record<Duty, Severity>> | undefined {
  if (!isMap(node)) return void r.error(node as Node, `\`severity\` must map duties (${duties.join(', ')}) to a severity.`);
  const out: Partial<Record<Duty, Severity>> = {};
  for (const pair of node.items) {
    const duty = keyOf(pair);
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (!(duties as string[]).includes(duty)) {
      r.error(pair, `Unknown duty '${duty}' (expected one of: ${duties.join(', ')}).`);
      continue;
    }
    if (typeof value !== 'string' || !(severityOrder as string[]).includes(value)) {
      r.error(pair.value as Node, `Duty '${duty}': expected a severity (${severityOrder.join(', ')}).`);
      continue;
    }
    out[duty as Duty] = value as Severity;
  }
  return out;
}

function readTags(r: Reader, node: unknown, config: Partial<OnusConfig>): void {
  if (isSeq(node)) {
    const tags = r.stringList(node, '`requiredTags`');
    if (tags) config.requiredTags = tags;
    return;
  }
  if (!isMap(node)) return r.error(node as Node, '`requiredTags` must be a list of tag keys, or map resource type patterns to lists of tag keys.');
  const byType: TagRequirement[] = [];
  for (const pair of node.items) {
    const tags = r.stringList(pair.value, `requiredTags['${keyOf(pair)}']`);
    if (tags) byType.push({ pattern: keyOf(pair), tags });
  }
  config.requiredTagsByType = byType;
}

function readSuppressions(r: Reader, node: unknown): Partial<SuppressionPolicy> | undefined {
  if (!isMap(node)) return void r.error(node as Node, '`suppressions` must be a mapping (allowInline, requireReason, maxExpiryDays, peerComments).');
  const out: Partial<SuppressionPolicy> = {};
  for (const pair of node.items) {
    const key = keyOf(pair);
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    if (!(suppressionKeys as readonly string[]).includes(key)) {
      r.error(pair, `Unknown key 'suppressions.${key}' (expected one of: ${suppressionKeys.join(', ')}).`, 'warning');
    } else if (key === 'maxExpiryDays') {
      if (typeof value === 'number' && Number.isInteger(value) && value > 0) out.maxExpiryDays = value;
      else r.error(pair.value as Node, '`suppressions.maxExpiryDays` must be a positive whole number of days.');
    } else if (typeof value === 'boolean') {
      out[key as 'allowInline' | 'requireReason' | 'peerComments'] = value;
    } else {
      r.error(pair.value as Node, `\`suppressions.${key}\` must be true or false.`);
    }
  }
  return out;
}

/** Parses `.onus.yaml` text. `knownIds` (lower-case rule ids and aliases) enables unknown-rule warnings. */
export function parseConfigText(text: string, knownIds?: ReadonlySet<string>): ParsedConfig {
  const r = new Reader(text);
  let doc;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    r.error(undefined, `Onus configuration cannot be read: ${error instanceof Error ? error.message : String(error)}. Defaults are used.`);
    return { config: {}, problems: r.problems };
  }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) r.problems.push({ message: `${e.message.split('\n')[0]} — the configuration is ignored and defaults are used.`, span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) }, severity: 'error' });
    return { config: {}, problems: r.problems };
  }
  const config: Partial<OnusConfig> = {};
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config, problems: r.problems };
  if (!isMap(root)) {
    r.error(root as Node, 'The Onus configuration must be a mapping of keys (rules, severity, requiredTags, exclude, frameworks, suppressions, maxFileSize).');
    return { config, problems: r.problems };
  }
  const suppressions: Partial<SuppressionPolicy> = {};
  for (const pair of root.items) {
    const key = keyOf(pair);
    const value = pair.value;
    switch (key as (typeof topKeys)[number]) {
      case 'rules': {
        const rules = readRules(r, value, knownIds);
        if (rules) config.rules = rules;
        break;
      }
      case 'severity': {
        const s = readDutySeverity(r, value);
        if (s) config.dutySeverity = s;
        break;
      }
      case 'requiredTags':
        readTags(r, value, config);
        break;
      case 'exclude': {
        const list = r.stringList(value, '`exclude`');
        if (list) config.exclude = list;
        break;
      }
      case 'frameworks': {
        const list = r.stringList(value, '`frameworks`');
        if (list) config.frameworks = list;
        break;
      }
      case 'suppressions':
        Object.assign(suppressions, readSuppressions(r, value) ?? {});
        break;
      case 'maxFileSize': {
        const n = isScalar(value) ? value.value : undefined;
        if (typeof n === 'number' && Number.isFinite(n) && n >= 1024) config.maxFileSize = n;
        else r.error(value as Node, '`maxFileSize` must be a number of bytes, at least 1024.');
        break;
      }
      default:
        r.error(pair, `Unknown key '${key}' (expected one of: ${topKeys.join(', ')}).`, 'warning');
    }
  }
  if (Object.keys(suppressions).length > 0) config.suppressions = suppressions as SuppressionPolicy;
  return { config, problems: r.problems };
}

/**
 * Layers: defaults < editor settings < config file. `suppressions` merges key by key.
 * Returns a partial for resolveConfig.
 */
export function mergeConfig(settings: Partial<OnusConfig>, file: Partial<OnusConfig> | undefined, origin: OnusConfig['origin']): Partial<OnusConfig> {
  const merged: Partial<OnusConfig> = { ...settings, ...(file ?? {}), origin };
  if (settings.suppressions || file?.suppressions) merged.suppressions = { ...(settings.suppressions ?? {}), ...(file?.suppressions ?? {}) } as SuppressionPolicy;
  return merged;
}

/** Directory names from `dir` up to the filesystem root (or `stopAt`, inclusive). Paths use `/`. */
export function ancestors(dir: string, stopAt?: string): string[] {
  const out: string[] = [];
  let current = dir.replace(/\/+$/, '') || '/';
  for (;;) {
    out.push(current);
    if (stopAt !== undefined && current === stopAt.replace(/\/+$/, '')) break;
    const parent = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) || '/' : '';
    if (!parent || parent === current) break;
    current = parent;
  }
  return out;
}

/** Finds the nearest config file above a file's directory: `read` returns the text or undefined. */
export function findConfigFile(dir: string, read: (path: string) => string | undefined, stopAt?: string): { path: string; text: string } | undefined {
  for (const d of ancestors(dir, stopAt)) {
    for (const name of configFileNames) {
      const path = d === '/' ? `/${name}` : `${d}/${name}`;
      const text = read(path);
      if (text !== undefined) return { path, text };
    }
  }
  return undefined;
}
