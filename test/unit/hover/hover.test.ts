import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, analyzeDocument, hoverAt, parseDocument, resolveConfig } from '../../../server/src/index';

const config = resolveConfig({});

function hover(uri: string, text: string, at: string, nth = 0) {
  const document = parseDocument(uri, text, config);
  const findings = analyzeDocument(document, { config, rules: allRules });
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(at, offset + 1);
  return { result: hoverAt(document, findings, offset + 1), text };
}

test('hover on a resource type: the provider part, your part as a checklist, links', () => {
  const { result, text } = hover('file:///m.tf', 'resource "aws_ebs_volume" "v" {\n  encrypted = true\n}\n', '"aws_ebs_volume"');
  assert.ok(result);
  assert.equal(text.slice(result.span.start, result.span.end), '"aws_ebs_volume"');
  const lines = result.markdown.split('\n');
  assert.equal(lines[0], '**Amazon EBS** · `aws_ebs_volume`');
  assert.ok(lines.includes("**The provider's part:**"));
  assert.ok(lines.includes('- ✓ Encrypt volumes (or turn on EBS encryption by default) and choose the KMS key — *Data protection; met*'));
  assert.ok(lines.includes('- ○ Take and keep snapshots (AWS Backup or Data Lifecycle Manager) — *Backup & disaster recovery; not checkable from code*'));
  assert.ok(lines.includes('- ✗ Tag volumes so owner and cost are known — *Cost, tagging & lifecycle; not met: v has no tags*'));
  assert.ok(lines.includes('- **Taggable resources carry tags, with the keys the team requires** (`aws-resource-tags`, low, owner: customer) · quick fix available'));
});

test('hover on a finding away from the type: explanation, owner, controls, fix, suppression', () => {
  const text = 'Resources:\n  G:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      IpProtocol: "-1"\n      CidrIp: 0.0.0.0/0\n';
  const { result } = hover('file:///t.yaml', text, '0.0.0.0/0');
  assert.ok(result);
  assert.equal(text.slice(result.span.start, result.span.end), '0.0.0.0/0');
  const lines = result.markdown.split('\n');
  assert.equal(lines[0], '**Security groups do not admit the whole internet** · `aws-security-group-open-ingress` · critical');
  assert.ok(lines.includes('**Owner:** you (the customer) — Network exposure & segmentation'));
  assert.ok(lines.includes('**Controls:** CIS AWS 5.2 · CIS AWS 5.3 · NIST 800-53 SC-7'));
  assert.ok(lines.includes('**Fix:** Narrow 0.0.0.0/0 to a network you trust (edit the selected CIDR) (quick fix available).'));
  assert.ok(lines.includes('**Suppress:** `# onus:ignore aws-security-group-open-ingress -- <reason>` above the resource.'));
});

test('no hover where there is nothing to say', () => {
  assert.equal(hover('file:///m.tf', 'resource "random_id" "r" {\n  byte_length = 8\n}\n', 'byte_length').result, undefined);
  assert.equal(hover('file:///m.tf', 'resource "random_id" "r" {\n  byte_length = 8\n}\n', '"random_id"').result, undefined);
});
