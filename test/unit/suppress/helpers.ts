/** Shared helpers for the suppression tables: analyse a text with a pinned "today". */
import { allRules, analyzeDocument, applyEdits, parseDocument, resolveConfig, type Finding, type OnusConfig } from '../../../server/src/index';

export const today = new Date(Date.UTC(2026, 5, 15)); // 2026-06-15

export function analyse(uri: string, text: string, partial: Partial<OnusConfig> = {}): Finding[] {
  const config = resolveConfig(partial);
  return analyzeDocument(parseDocument(uri, text, config), { config, rules: allRules, now: today });
}

export function ids(uri: string, text: string, partial: Partial<OnusConfig> = {}): string[] {
  return analyse(uri, text, partial).map((f) => f.ruleId).sort();
}

/** Applies the first text fix of the first finding with this rule id. */
export function applyTextFix(uri: string, text: string, ruleId: string): string {
  const finding = analyse(uri, text).find((f) => f.ruleId === ruleId);
  const fix = finding?.textFixes?.[0];
  if (!fix) throw new Error(`no text fix on ${ruleId}`);
  return applyEdits(text, fix.edits);
}

/** A Terraform EBS volume (tagged) that fails only aws-ebs-encryption; `above` goes on the lines before it. */
export const volume = (above: string, inside = '') => `${above}\nresource "aws_ebs_volume" "v" {\n${inside}  size = 10\n  tags = { Owner = "a" }\n}\n`;

/** A security group with an SSH ingress from anywhere (aws-security-group-open-ingress on cidr_blocks). */
export const sg = (aboveBlock: string, aboveCidr: string, trailing: string) =>
  `resource "aws_security_group" "g" {\n  tags = { Owner = "a" }\n${aboveBlock}  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n${aboveCidr}    cidr_blocks = ["0.0.0.0/0"]${trailing}\n  }\n}\n`;

export const yamlVolume = (above: string, inside = '', metadata = '', top = '') =>
  `${top}Resources:\n${above}  V:\n    Type: AWS::EC2::Volume\n${metadata}    Properties:\n${inside}      Size: 10\n      Tags: [{ Key: Owner, Value: a }]\n`;

export const jsonVolume = (metadata?: unknown, templateMetadata?: unknown) =>
  JSON.stringify(
    {
      ...(templateMetadata ? { Metadata: templateMetadata } : {}),
      Resources: { V: { Type: 'AWS::EC2::Volume', ...(metadata ? { Metadata: metadata } : {}), Properties: { Size: 10, Tags: [{ Key: 'Owner', Value: 'a' }] } } },
    },
    null,
    2,
  );
