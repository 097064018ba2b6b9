/**
 * The one entry point the server, the CLI and the tests call:
 * documents (one analysis unit: a Terraform module or a template) + config → findings.
 */
import type { OnusConfig } from '../config/types';
import type { SemanticFix } from '../fixes/types';
import type { Resource } from '../model/types';
import { suppressionFix } from '../suppress/fix';
import { isSuppressed } from '../suppress/inline';
import type { OnusDocument } from './document';
import type { Finding } from './finding';
import { formatPart, type Report, type Rule, type RuleContext } from './rule';

export interface AnalyzeOptions {
  config: OnusConfig;
  rules: readonly Rule[];
  /** The other documents of the unit (Terraform module siblings); the document itself may be included. */
  unit?: readonly OnusDocument[];
}

function formatMessage(template: string, data: Report['data']): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

function ruleIsOn(rule: Rule, config: OnusConfig): boolean {
  if (config.disabledRules.length === 0) return true;
  const names = [rule.meta.id, ...Object.values(rule.meta.aliases).flat()];
  return !names.some((n) => config.disabledRules.includes(n));
}

function applies(types: readonly string[] | 'all', resource: Resource): boolean {
  return types === 'all' || types.includes(resource.type);
}

/** Findings for one document; `unit` is every document of its module (for cross-file lookups). */
export function analyzeDocument(document: OnusDocument, options: AnalyzeOptions): Finding[] {
  const findings: Finding[] = [];
  if (document.kind === 'none') return findings;
  const format = document.kind;
  const unitDocs = options.unit?.some((d) => d.uri === document.uri) ? options.unit : [document, ...(options.unit ?? [])];
  const unit = unitDocs.flatMap((d) => d.resources);
  for (const rule of options.rules) {
    if (!ruleIsOn(rule, options.config)) continue;
    const part = formatPart(rule, format);
    if (!part) continue;
    for (const resource of document.resources) {
      if (!applies(part.resourceTypes, resource)) continue;
      const context: RuleContext = {
        config: options.config,
        document,
        unit,
        unitDocuments: unitDocs,
        report(report) {
          const finding = toFinding(rule, resource, document, report);
          if (!isSuppressed(document, finding, resource, rule)) findings.push(finding);
        },
      };
      try {
        part.check(resource, context);
      } catch (error) {
        // A rule bug must never take down the server; report it where a user can see it.
        findings.push(ruleCrash(rule, resource, document, error));
      }
    }
  }
  return findings;
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
    resource: { type: resource.type, name: resource.name, span: resource.span },
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
