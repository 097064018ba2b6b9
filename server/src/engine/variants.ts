/**
 * CloudFormation resources may come in variants (one per combination of the
 * conditions they use that cannot be known statically; see
 * cloudformation/variants.ts), Terraform resources in instances: rules check
 * each, and a finding that several share (same rule, message and place) is
 * reported once (engine/analyze.ts).
 */
import type { Finding } from './finding';

/** What makes two findings the same finding. */
export function findingIdentity(f: Finding): string {
  return `${f.ruleId}\u0000${f.messageId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
}
