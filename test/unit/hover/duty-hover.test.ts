/**
 * Hovers from the responsibility model, exact Markdown, on a fixed knowledge base
 * (test/unit/responsibility/knowledge.ts): the resource-type checklist, the hover on an
 * attribute a duty's rules read, and the finding hover beside it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, analyzeDocument, hoverAt, parseDocument, resolveConfig } from '../../../server/src/index';
import { testKnowledge } from '../responsibility/knowledge';

const config = resolveConfig({});

function hover(uri: string, text: string, at: string): { markdown: string; hovered: string } | undefined {
  const document = parseDocument(uri, text, config);
  const findings = analyzeDocument(document, { config, rules: allRules });
  const result = hoverAt(document, findings, text.indexOf(at) + 1, allRules, testKnowledge);
  return result && { markdown: result.markdown, hovered: text.slice(result.span.start, result.span.end) };
}

const terraform = 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  encrypted         = false\n  tags = {\n    Owner = "team"\n  }\n}\n';
const yaml = 'Resources:\n  Data:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: eu-west-1a\n      Encrypted: true\n';
const shared = '[Shared responsibility model](https://aws.amazon.com/compliance/shared-responsibility-model/) · [Amazon EBS security](https://docs.aws.amazon.com/ebs/latest/userguide/security.html)';
const notEncrypted = 'EBS volume data is not encrypted at rest (encryption is set to false)';

test('Terraform: the resource type lists each duty as met, not met or not checkable (unregistered rule, no rule)', () => {
  assert.deepEqual(hover('file:///m.tf', terraform, '"aws_ebs_volume"'), {
    hovered: '"aws_ebs_volume"',
    markdown: [
      '**Amazon EBS** · `aws_ebs_volume`',
      '',
      "**The provider's part:**",
      '- Durability of volumes within their Availability Zone',
      '',
      '**Your part:**',
      `- ✗ Encrypt volumes — *Data protection; not met: ${notEncrypted}*`,
      '- ○ Take and keep snapshots — *Backup & disaster recovery; not checkable from code*',
      '- ○ Record who may detach volumes — *Governance & compliance; not checkable from code*',
      '- ✓ Tag volumes — *Cost, tagging & lifecycle; met*',
      '',
      shared,
    ].join('\n'),
  });
});

test('Terraform: an attribute the rules read names its duty, owner, checking rule and state here', () => {
  assert.deepEqual(hover('file:///m.tf', terraform, 'encrypted'), {
    hovered: 'encrypted',
    markdown: [
      '**`encrypted`** · read by Onus for your part of the shared-responsibility model',
      '',
      '**Duty:** Encrypt volumes — *Data protection* (Amazon EBS)',
      '',
      '**Owner:** you (the customer) · checked by `aws-ebs-encryption`',
      '',
      `**Here:** ✗ not met — ${notEncrypted}`,
    ].join('\n'),
  });
  assert.equal(hover('file:///m.tf', terraform, 'tags')?.markdown.split('\n').at(-1), '**Here:** ✓ met');
  // Its rule is not registered: the duty cannot be checked, and no rule is named.
  assert.deepEqual(hover('file:///m.tf', terraform, 'availability_zone')?.markdown.split('\n').slice(2), [
    '**Duty:** Record who may detach volumes — *Governance & compliance* (Amazon EBS)',
    '',
    '**Owner:** you (the customer)',
    '',
    '**Here:** ○ not checkable from code',
  ]);
});

test('Terraform: the finding hover keeps title, owner, why, controls, fix and suppression', () => {
  assert.deepEqual(hover('file:///m.tf', terraform, 'false'), {
    hovered: 'false',
    markdown: [
      '**EBS volumes are encrypted at rest** · `aws-ebs-encryption` · high',
      '',
      `${notEncrypted}. Encrypting volumes is your duty: AWS encrypts only when asked.`,
      '',
      '**Owner:** you (the customer) — Data protection',
      '',
      allRules.find((r) => r.meta.id === 'aws-ebs-encryption')!.meta.description,
      '',
      '**Controls:** CIS AWS 2.2.1 · NIST 800-53 SC-28',
      '',
      '**Fix:** Set encrypted to true (quick fix available).',
      '',
      '**Suppress:** `# onus:ignore aws-ebs-encryption -- <reason>` above the resource.',
    ].join('\n'),
  });
});

test('CloudFormation: the resource type checklist, with the tag finding listed', () => {
  assert.deepEqual(hover('file:///t.yaml', yaml, 'AWS::EC2::Volume'), {
    hovered: 'AWS::EC2::Volume',
    markdown: [
      '**Amazon EBS** · `AWS::EC2::Volume`',
      '',
      '*Specifies an Amazon Elastic Block Store (Amazon EBS) volume.*',
      '',
      "**The provider's part:**",
      '- Durability of volumes within their Availability Zone',
      '',
      '**Your part:**',
      '- ✓ Encrypt volumes — *Data protection; met*',
      '- ○ Take and keep snapshots — *Backup & disaster recovery; not checkable from code*',
      '- ○ Record who may detach volumes — *Governance & compliance; not checkable from code*',
      '- ✗ Tag volumes — *Cost, tagging & lifecycle; not met: Data has no tags*',
      '',
      shared,
      '',
      '**Findings here:**',
      '- **Taggable resources carry tags, with the keys the team requires** (`aws-resource-tags`, low, owner: customer) · quick fix available',
    ].join('\n'),
  });
});

test('CloudFormation: a property the rules read shows its documentation, then its duty (met here)', () => {
  assert.deepEqual(hover('file:///t.yaml', yaml, 'Encrypted'), {
    hovered: 'Encrypted',
    markdown: [
      '**Encrypted** · `AWS::EC2::Volume`',
      '',
      'Indicates whether the volume should be encrypted.',
      '',
      '**Type:** Boolean',
      '',
      '**Owner:** you (the customer) — how Amazon EBS is configured is your part of the shared-responsibility model.',
      '',
      '---',
      '',
      '**`Encrypted`** · read by Onus for your part of the shared-responsibility model',
      '',
      '**Duty:** Encrypt volumes — *Data protection* (Amazon EBS)',
      '',
      '**Owner:** you (the customer) · checked by `aws-ebs-encryption`',
      '',
      '**Here:** ✓ met',
    ].join('\n'),
  });
  // A property no duty reads keeps its documentation only.
  assert.equal(hover('file:///t.yaml', yaml, 'AvailabilityZone')?.markdown.includes('read by Onus'), false);
});
