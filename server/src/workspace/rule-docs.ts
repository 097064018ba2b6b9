/**
 * Where a rule's documentation lives (its README in the rule catalog), shared
 * by the LSP (diagnostic code links) and the CLI (SARIF helpUri).
 */
export const ruleDocsBase = 'https://github.com/onus-dev/onus/blob/main/rules/';

/** `aws-ebs-encryption` → `<base>aws/aws-ebs-encryption/README.md` (one folder per rule, per cloud). */
export function ruleDocsUrl(ruleId: string): string {
  const cloud = ruleId.split('-')[0] || 'aws';
  return `${ruleDocsBase}${cloud}/${ruleId}/README.md`;
}
