/**
 * The one entry point the server, the CLI and the tests call:
 * documents (one analysis unit: a Terraform module or a template) + config → findings.
 */
import { requiredTagsFor, type OnusConfig } from '../config/types';
import type { SemanticFix } from '../fixes/types';
import type { Resource } from '../model/types';
import { applySuppressions } from '../suppress/apply';
import { collectSuppressions } from '../suppress/collect';
import { suppressionFix } from '../suppress/fix';
import type { OnusDocument } from './document';
import type { Finding } from './finding';
import { formatPart, ruleNames, type Report, type Rule, type RuleContext } from './rule';
import { providerResource } from './provider-resource';
import { checkedResources, pushOnce } from './variants';

export interface AnalyzeOptions {
  config: OnusConfig;
  rules: readonly Rule[];
  /** The other documents of the unit (Terraform module siblings); the document itself may be included. */
  unit?: readonly OnusDocument[];
  /** "Today" for suppression expiry (tests pin it); defaults to the current date. */
  now?: Date;
}

function formatMessage(template: string, data: Report['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

/** The `rules:` entry for a rule, by id first, then by alias (case-insensitive). */
function ruleSetting(rule: Rule, config: OnusConfig): string | undefined {
  const keys = Object.keys(config.rules);
  if (keys.length === 0) return undefined;
  for (const name of ruleNames(rule)) {
    const key = keys.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) return config.rules[key];
  }
  return undefined;
}

/** Whether the configuration switches the rule on (per rule, then disabled list, then the framework filter). */
export function ruleIsOn(rule: Rule, config: OnusConfig): boolean {
  const setting = ruleSetting(rule, config);
  if (setting === 'off') return false;
  if (setting !== undefined) return true; // an explicit `on` or severity wins over the lists below
  if (config.disabledRules.length > 0) {
    const names = ruleNames(rule).map((n) => n.toLowerCase());
    if (config.disabledRules.some((d) => names.includes(d.toLowerCase()))) return false;
  }
  if (config.frameworks.length === 0) return true;
  const wanted = config.frameworks.map((f) => f.toLowerCase());
  return rule.meta.compliance.some((c) => wanted.some((w) => c.toLowerCase().startsWith(w)));
}

/** Severity after the configuration: per rule, then per duty, then what the rule reported. */
function configuredSeverity(rule: Rule, config: OnusConfig, reported: Finding['severity']): Finding['severity'] {
  const setting = ruleSetting(rule, config);
  if (setting !== undefined && setting !== 'on' && setting !== 'off') return setting as Finding['severity'];
  return config.dutySeverity[rule.meta.duty] ?? reported;
}

/** The configuration a rule sees for one resource (required tags may depend on its type). */
function configFor(config: OnusConfig, resource: Resource): OnusConfig {
  if (config.requiredTagsByType.length === 0) return config;
  return { ...config, requiredTags: requiredTagsFor(config, resource.type) };
}

/** The positions of `resources` by type: a rule visits only the resources of its types (59 rules × 10,000 resources add up). */
function indexByType(resources: readonly Resource[]): Map<string, number[]> {
  const byType = new Map<string, number[]>();
  resources.forEach((resource, i) => {
    const list = byType.get(resource.type);
    if (list) list.push(i);
    else byType.set(resource.type, [i]);
  });
  return byType;
}

/** The resources a part checks, in document order. */
function resourcesOf(types: readonly string[] | 'all', resources: readonly Resource[], byType: Map<string, number[]>): readonly Resource[] {
  if (types === 'all') return resources;
  const lists = (types.length > 1 ? [...new Set(types)] : types).flatMap((t) => byType.get(t) ?? []);
  if (types.length > 1) lists.sort((a, b) => a - b);
  return lists.map((i) => resources[i]);
}

/** Findings for one document; `unit` is every document of its module (for cross-file lookups). */
export function analyzeDocument(document: OnusDocument, options: AnalyzeOptions): Finding[] {
  const findings: Finding[] = [];
  if (document.kind === 'none') return findings;
  const format = document.kind;
  const unitDocs = options.unit?.some((d) => d.uri === document.uri) ? options.unit : [document, ...(options.unit ?? [])];
  const unit = unitDocs.flatMap((d) => d.resources);
  const checked = checkedResources(document.resources);
  const byType = indexByType(checked);
  for (const rule of options.rules) {
    if (!ruleIsOn(rule, options.config)) continue;
    const part = formatPart(rule, format);
    if (!part) continue;
    const contextFor = (resource: Resource): RuleContext => ({
      config: configFor(options.config, resource),
      document,
      unit,
      unitDocuments: unitDocs,
      report(report) {
        const finding = toFinding(rule, resource, document, report);
        finding.severity = configuredSeverity(rule, options.config, finding.severity);
        pushOnce(findings, finding);
      },
    });
    const guarded = (resource: Resource, run: () => void): void => {
      try {
        run();
      } catch (error) {
        // A rule bug must never take down the server; report it where a user can see it.
        findings.push(ruleCrash(rule, resource, document, error));
      }
    };
    for (const resource of resourcesOf(part.resourceTypes, checked, byType)) {
      guarded(resource, () => part.check(resource, contextFor(resource)));
    }
    const checkProvider = part.checkProvider;
    if (checkProvider) {
      for (const provider of document.providers ?? []) {
        const resource = providerResource(document, provider);
        guarded(resource, () => checkProvider(provider, resource, contextFor(resource)));
      }
    }
  }
  const suppressions = collectSuppressions(document, options.config.suppressions.peerComments);
  return applySuppressions(document, findings, suppressions, options.rules, options.config, options.now ?? new Date());
}

/** The rules the configuration leaves on: a duty checked only by a rule switched off is not checked. */
export function enabledRules(rules: readonly Rule[], config: OnusConfig): Rule[] {
  return rules.filter((rule) => ruleIsOn(rule, config));
}

export function analyzeDocuments(documents: readonly OnusDocument[], options: AnalyzeOptions): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>();
  for (const document of documents) result.set(document.uri, analyzeDocument(document, { ...options, unit: options.unit ?? documents }));
  return result;
}

function toFinding(rule: Rule, resource: Resource, document: OnusDocument, report: Report): Finding {
  const template = rule.meta.messages[report.messageId] ?? report.messageId;
  const finding: Finding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    title: rule.meta.title,
    severity: report.severity ?? rule.meta.severity,
    owner: rule.meta.owner,
    duty: rule.meta.duty,
    uri: document.uri,
    span: report.span,
    range: document.lineIndex.rangeOf(report.span),
    resource: { type: resource.type, name: resource.name, span: resource.span, ...(resource.instance !== undefined ? { instance: resource.instance } : {}) },
    fixes: [],
  };
  const fixes: SemanticFix[] = [...(report.fixes ?? [])];
  const suppress = suppressionFix(document, resource, finding);
  if (suppress) fixes.push(suppress);
  finding.fixes = fixes;
  return finding;
}

function ruleCrash(rule: Rule, resource: Resource, document: OnusDocument, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId: rule.meta.id,
    messageId: 'internal-error',
    message: `Onus rule ${rule.meta.id} failed on this resource (${detail}). Please report this.`,
    title: rule.meta.title,
    severity: 'info',
    owner: rule.meta.owner,
    duty: rule.meta.duty,
    uri: document.uri,
    span: resource.typeSpan,
    range: document.lineIndex.rangeOf(resource.typeSpan),
    resource: { type: resource.type, name: resource.name, span: resource.span },
    fixes: [],
  };
}
