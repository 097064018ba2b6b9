/**
 * The rule API (after ESLint's `meta` + check): a rule is one customer duty on
 * one kind of resource, with a part per format. Checks are pure functions over
 * the model and report findings with semantic fixes.
 */
import type { Span } from '../core/text';
import type { OnusConfig } from '../config/types';
import type { SemanticFix } from '../fixes/types';
import type { Format, ProviderConfig, Resource } from '../model/types';
import type { OnusDocument } from './document';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const severityOrder: Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

export type Owner = 'customer' | 'provider' | 'shared';

export type Duty =
  | 'identity-access'
  | 'data-protection'
  | 'network'
  | 'backup-recovery'
  | 'logging-monitoring'
  | 'hardening'
  | 'governance'
  | 'cost-tags';

export const dutyTitles: Record<Duty, string> = {
  'identity-access': 'Identity & access',
  'data-protection': 'Data protection',
  network: 'Network exposure & segmentation',
  'backup-recovery': 'Backup & disaster recovery',
  'logging-monitoring': 'Logging, monitoring & incident response',
  hardening: 'Hardening of guest OS and services',
  governance: 'Governance & compliance',
  'cost-tags': 'Cost, tagging & lifecycle',
};

export interface RuleAliases {
  checkov?: string[];
  trivy?: string[];
  tfsec?: string[];
  kics?: string[];
}

export interface RuleMeta {
  /** Stable kebab id, never renamed. */
  id: string;
  title: string;
  owner: Owner;
  duty: Duty;
  severity: Severity;
  /** Message templates; `{name}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** One paragraph: why this duty is the customer's, and what to do. */
  description: string;
  aliases: RuleAliases;
  /** Control ids, e.g. `CIS AWS 2.2.1`, `NIST 800-53 SC-28`. */
  compliance: string[];
  fixable: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where the finding points. */
  span: Span;
  /** Severity when it differs from the rule's (e.g. admin port vs other port). */
  severity?: Severity;
  fixes?: SemanticFix[];
}

export interface RuleContext {
  readonly config: OnusConfig;
  readonly document: OnusDocument;
  /** Every resource of the analysis unit (the Terraform module, or the template), for linked resources. */
  readonly unit: readonly Resource[];
  /** The documents of the unit (provider blocks, account-level settings). */
  readonly unitDocuments: readonly OnusDocument[];
  report(report: Report): void;
}

export interface FormatPart {
  /** The resource types checked, or `all` (e.g. tags: every taggable type). */
  resourceTypes: readonly string[] | 'all';
  check(resource: Resource, context: RuleContext): void;
  /**
   * The resource types `check` reads from `context.unit` (it then sees only these): its findings
   * are remembered with the resource while none of them changes (engine/remembered-checks.ts).
   * Without it, a check that reads the unit is run again on every analysis.
   */
  unitTypes?: readonly string[];
  /**
   * Terraform: checks each `provider` block of the document (e.g. credentials
   * written in it). `resource` stands for the block: type `provider`, name
   * `aws` or `aws.alias`, its label as type span, its body.
   */
  checkProvider?(provider: ProviderConfig, resource: Resource, context: RuleContext): void;
}

export interface Rule {
  meta: RuleMeta;
  terraform?: FormatPart;
  cloudformation?: FormatPart;
}

export function formatPart(rule: Rule, format: Format): FormatPart | undefined {
  return format === 'terraform' ? rule.terraform : rule.cloudformation;
}

/** A rule's id and every peer alias: the names users may write in settings and suppressions. */
/** Computed once per rule: the engine asks for every rule on every document (and suppressions per finding). */
const namesOf = new WeakMap<Rule, readonly string[]>();

export function ruleNames(rule: Rule): readonly string[] {
  let names = namesOf.get(rule);
  if (!names) {
    names = Object.freeze([rule.meta.id, ...Object.values(rule.meta.aliases).flat()]);
    namesOf.set(rule, names);
  }
  return names;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
