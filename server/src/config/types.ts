/**
 * What the engine needs to know from settings or a config file (`.onus.yaml`).
 * Every field has a default, so a partial or broken configuration never stops analysis.
 */
import type { Duty, Severity } from '../engine/rule';

/** A rule's setting in `rules:` — off, on at its own severity, or on at another severity. */
export type RuleSetting = 'off' | 'on' | Severity;

export interface TagRequirement {
  /** Resource type glob (`aws_s3_*`, `AWS::S3::*`, `*`). */
  pattern: string;
  tags: string[];
}

export interface SuppressionPolicy {
  /** Whether in-file suppressions (comments, CloudFormation Metadata) suppress at all. */
  allowInline: boolean;
  /** A suppression without a reason does not suppress and is reported. */
  requireReason: boolean;
  /** When set, every suppression needs an expiry at most this many days ahead. */
  maxExpiryDays?: number;
  /** Honour peers' forms (checkov:skip, tfsec/trivy:ignore, kics-scan, cfn_nag/cfn-lint/checkov Metadata). */
  peerComments: boolean;
}

/** Where the effective configuration came from (the hover shows it). */
export interface ConfigOrigin {
  /** Path or URI of the `.onus.yaml` in effect, if any. */
  file?: string;
  /** Whether editor settings contributed. */
  settings: boolean;
}

export interface OnusConfig {
  /** Tag keys every taggable resource must carry (empty: only "no tags at all" is reported). */
  requiredTags: string[];
  /** Extra tag keys per resource type pattern (added to `requiredTags` for matching resources). */
  requiredTagsByType: TagRequirement[];
  /** Rule ids (or aliases) switched off. */
  disabledRules: string[];
  /** Per rule id or alias: off, on, or a severity. */
  rules: Record<string, RuleSetting>;
  /** Severity of every finding of a duty (a per-rule severity wins). */
  dutySeverity: Partial<Record<Duty, Severity>>;
  /** Only rules with a compliance control starting with one of these (e.g. `CIS`, `NIST 800-53`); empty: all. */
  frameworks: string[];
  /** Path globs (relative to the config file's folder, or the scan root) that are not analysed. */
  exclude: string[];
  suppressions: SuppressionPolicy;
  /** Files larger than this are skipped with a message (bytes). */
  maxFileSize: number;
  /** Editor only: diagnostics published per file, the most severe first (0: all). VS Code shows at most 1,000. */
  maxDiagnosticsPerFile: number;
  origin: ConfigOrigin;
}

export const defaultSuppressionPolicy: SuppressionPolicy = { allowInline: true, requireReason: false, peerComments: true };

export const defaultConfig: OnusConfig = {
  requiredTags: [],
  requiredTagsByType: [],
  disabledRules: [],
  rules: {},
  dutySeverity: {},
  frameworks: [],
  exclude: [],
  suppressions: defaultSuppressionPolicy,
  maxFileSize: 5 * 1024 * 1024,
  maxDiagnosticsPerFile: 1000,
  origin: { settings: false },
};

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string' && t.length > 0) : undefined;
}

export function resolveConfig(partial: Partial<OnusConfig> | undefined): OnusConfig {
  const p = partial ?? {};
  const maxExpiry = p.suppressions?.maxExpiryDays;
  return {
    requiredTags: strings(p.requiredTags) ?? defaultConfig.requiredTags,
    requiredTagsByType: Array.isArray(p.requiredTagsByType) ? p.requiredTagsByType : [],
    disabledRules: strings(p.disabledRules) ?? defaultConfig.disabledRules,
    rules: p.rules && typeof p.rules === 'object' ? p.rules : {},
    dutySeverity: p.dutySeverity && typeof p.dutySeverity === 'object' ? p.dutySeverity : {},
    frameworks: strings(p.frameworks) ?? [],
    exclude: strings(p.exclude) ?? [],
    suppressions: {
      allowInline: p.suppressions?.allowInline ?? defaultSuppressionPolicy.allowInline,
      requireReason: p.suppressions?.requireReason ?? defaultSuppressionPolicy.requireReason,
      peerComments: p.suppressions?.peerComments ?? defaultSuppressionPolicy.peerComments,
      ...(typeof maxExpiry === 'number' && maxExpiry > 0 ? { maxExpiryDays: maxExpiry } : {}),
    },
    maxFileSize: typeof p.maxFileSize === 'number' && p.maxFileSize > 0 ? p.maxFileSize : defaultConfig.maxFileSize,
    maxDiagnosticsPerFile: typeof p.maxDiagnosticsPerFile === 'number' && p.maxDiagnosticsPerFile >= 0 ? Math.floor(p.maxDiagnosticsPerFile) : defaultConfig.maxDiagnosticsPerFile,
    origin: p.origin ?? defaultConfig.origin,
  };
}

/** `*` any run of characters except `/`, `**` any run including `/`, `?` one character. Case-sensitive. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        out += '(?:.*/)?';
      } else out += '.*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Whether a `/`-separated relative path matches one of the exclude globs (a bare name matches at any depth). */
export function isExcluded(relativePath: string, exclude: readonly string[]): boolean {
  return exclude.some((g) => {
    const glob = g.replace(/^\.\//, '').replace(/\/$/, '/**');
    const re = globToRegExp(glob.includes('/') ? glob : `**/${glob}`);
    return re.test(relativePath) || (!glob.includes('/') && globToRegExp(`**/${glob}/**`).test(relativePath));
  });
}

/** The tag keys required on a resource of this type. */
export function requiredTagsFor(config: OnusConfig, type: string): string[] {
  const extra = config.requiredTagsByType.filter((r) => globToRegExp(r.pattern).test(type)).flatMap((r) => r.tags);
  if (extra.length === 0) return config.requiredTags;
  return [...new Set([...config.requiredTags, ...extra])];
}
