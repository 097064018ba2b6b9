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
import { findingIdentity, type Finding } from './finding';
import { formatPart, ruleNames, type FormatPart, type Report, type Rule, type RuleContext } from './rule';
import { keepable, recall, remember, replay, unitView, type Kept, type UnitView } from './remembered-checks';
import { providerResource } from './provider-resource';

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

interface ActivePart {
  rule: Rule;
  part: FormatPart;
}

/** For each resource type, the positions (in `parts`) of the parts that check it. */
function partsByType(parts: readonly (ActivePart | undefined)[]): (type: string) => number[] {
  const byType = new Map<string, number[]>();
  return (type) => {
    let list = byType.get(type);
    if (!list) {
      list = [];
      parts.forEach((p, i) => {
        if (p && (p.part.resourceTypes === 'all' || p.part.resourceTypes.includes(type))) list!.push(i);
      });
      byType.set(type, list);
    }
    return list;
  };
}

/** What a check read beyond its resource: `local` until it reads the document or an undeclared unit. */
interface ReadLog {
  local: boolean;
  view?: UnitView;
}

/** The context a check gets, noting what it reads (a class: object literals with getters are slow to create, and there is one per check). */
class TrackedContext implements RuleContext {
  constructor(
    readonly config: OnusConfig,
    private readonly ownDocument: OnusDocument,
    private readonly documents: readonly OnusDocument[],
    private readonly resources: readonly Resource[],
    private readonly view: UnitView | undefined,
    private readonly reads: ReadLog,
    readonly report: (report: Report) => void,
  ) {}

  get document(): OnusDocument {
    this.reads.local = false;
    return this.ownDocument;
  }

  get unit(): readonly Resource[] {
    if (this.view) {
      this.reads.view = this.view;
      return this.view.resources;
    }
    this.reads.local = false;
    return this.resources;
  }

  get unitDocuments(): readonly OnusDocument[] {
    this.reads.local = false;
    return this.documents;
  }
}

/** Every resource of a unit, once per unit (its documents are analysed one by one against it). */
const unitsResources = new WeakMap<readonly OnusDocument[], Resource[]>();

function unitResources(documents: readonly OnusDocument[]): Resource[] {
  let resources = unitsResources.get(documents);
  if (!resources) unitsResources.set(documents, (resources = documents.flatMap((d) => d.resources)));
  return resources;
}

interface ActiveParts {
  parts: (ActivePart | undefined)[];
  checking: (type: string) => number[];
}

/** The parts the configuration leaves on, and which check each type, once per rules × configuration × format. */
const activePartsOf = new WeakMap<readonly Rule[], WeakMap<OnusConfig, Map<string, ActiveParts>>>();

function activeParts(rules: readonly Rule[], config: OnusConfig, format: OnusDocument['kind']): ActiveParts {
  let byConfig = activePartsOf.get(rules);
  if (!byConfig) activePartsOf.set(rules, (byConfig = new WeakMap()));
  let byFormat = byConfig.get(config);
  if (!byFormat) byConfig.set(config, (byFormat = new Map()));
  let active = byFormat.get(format);
  if (!active) {
    const parts = rules.map((rule): ActivePart | undefined => {
      const part = ruleIsOn(rule, config) && format !== 'none' ? formatPart(rule, format) : undefined;
      return part && { rule, part };
    });
    active = { parts, checking: partsByType(parts) };
    byFormat.set(format, active);
  }
  return active;
}

/** Findings for one document; `unit` is every document of its module (for cross-file lookups). */
export function analyzeDocument(document: OnusDocument, options: AnalyzeOptions): Finding[] {
  if (document.kind === 'none') return [];
  const format = document.kind;
  const { config, rules } = options;
  const unitDocs = options.unit?.some((d) => d.uri === document.uri) ? options.unit : [document, ...(options.unit ?? [])];
  const unit = unitResources(unitDocs);
  const { parts, checking } = activeParts(rules, config, format);
  const views = parts.map((p) => (p?.part.unitTypes ? unitView(p.part, p.part.unitTypes, unit) : undefined));
  // Per rule, in rule order then document order (the order findings always had).
  const byRule: Finding[][] = parts.map(() => []);
  // Fresh findings identical to one already found (by another variant or instance) are dropped; crashes are
  // all kept; replayed findings are not compared again (they were when found, and stay inside their resource).
  const seen = new Set<string>();

  /**
   * Runs one part on some resources. `local`: it read neither the document nor the unit (other
   * than its declared view), and nothing crashed; `view`: the unit view it read.
   */
  const run = (index: number, resources: readonly Resource[], check: (resource: Resource, context: RuleContext) => void): { findings: Finding[]; local: boolean; view?: UnitView } => {
    const { rule } = parts[index]!;
    const findings: Finding[] = [];
    const crashes = new Set<number>();
    const reads: ReadLog = { local: true };
    for (const resource of resources) {
      const context = new TrackedContext(configFor(config, resource), document, unitDocs, unit, views[index], reads, (report) => {
        const finding = toFinding(rule, resource, document, report);
        finding.severity = configuredSeverity(rule, config, finding.severity);
        findings.push(finding);
      });
      try {
        check(resource, context);
      } catch (error) {
        // A rule bug must never take down the server; report it where a user can see it.
        crashes.add(findings.length);
        findings.push(ruleCrash(rule, resource, document, error));
        reads.local = false;
      }
    }
    const unique: Finding[] = [];
    findings.forEach((finding, i) => {
      if (!crashes.has(i)) {
        const key = findingIdentity(finding);
        if (seen.has(key)) return;
        seen.add(key);
      }
      unique.push(finding);
      byRule[index].push(finding);
    });
    return { findings: unique, local: reads.local, view: reads.view };
  };

  // Only resources that live on into the next version are worth remembering findings with.
  const remembering = document.resourcesCarriedOver === true;
  for (const resource of document.resources) {
    if (resource.variants?.length === 0) continue; // never created (its Condition is false)
    const memo = remembering ? recall(resource, config, rules) : undefined;
    let keep: Map<number, Kept> | undefined;
    for (const index of checking(resource.type)) {
      const kept = memo?.get(index);
      if (kept && (!kept.view || kept.view === views[index])) {
        replay(kept, resource, document, byRule[index]);
        continue;
      }
      const { part } = parts[index]!;
      const { findings, local, view } = run(index, resource.variants ?? [resource], (r, context) => part.check(r, context));
      const keepForm = local && remembering ? keepable(resource, document, findings, view) : undefined;
      if (keepForm) (keep ??= new Map(memo)).set(index, keepForm);
      else if (memo?.has(index)) (keep ??= new Map(memo)).delete(index);
    }
    if (keep) remember(resource, config, rules, keep);
  }
  parts.forEach((active, index) => {
    const checkProvider = active?.part.checkProvider;
    if (!checkProvider) return;
    const providers = (document.providers ?? []).map((provider) => ({ provider, resource: providerResource(document, provider) }));
    for (const { provider, resource } of providers) run(index, [resource], (r, context) => checkProvider(provider, r, context));
  });

  const findings = byRule.flat();
  const suppressions = collectSuppressions(document, config.suppressions.peerComments);
  return applySuppressions(document, findings, suppressions, rules, config, options.now ?? new Date());
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
