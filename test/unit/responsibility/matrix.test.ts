/**
 * The responsibility model as data: duty status per resource, the matrix (rows, cells, totals,
 * unmapped types, never-created resources left out) and its four renderers, on a fixed knowledge
 * base (./knowledge.ts) with the real rules. Display paths carry Markdown, CSV and HTML
 * metacharacters on purpose.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allRules, analyzeDocument, dutyStatus, enabledRules, parseDocument, renderMatrix, resolveConfig, responsibilityMatrix, type Finding } from '../../../server/src/index';
import { parseHtml } from '../../support/html';
import { testKnowledge } from './knowledge';

const config = resolveConfig({});
const terraform = 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  tags = { Owner = "a" }\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "random_id" "r" {\n  byte_length = 4\n}\n';
const template = 'Conditions:\n  Never: !Equals [a, b]\nResources:\n  Disk:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: eu-west-1a\n      Encrypted: true\n  Gone:\n    Type: AWS::EC2::Volume\n    Condition: Never\n    Properties:\n      AvailabilityZone: eu-west-1a\n';

function analysed(file: string, uri: string, text: string) {
  const document = parseDocument(uri, text, config);
  return { file, document, findings: analyzeDocument(document, { config, rules: allRules }) };
}

const files = [analysed('a<b>&c|d/main.tf', 'file:///w/main.tf', terraform), analysed('stack "prod",v2.yaml', 'file:///w/stack.yaml', template)];
// Given in reverse: the matrix sorts by file, then position.
const matrix = responsibilityMatrix([...files].reverse(), allRules, testKnowledge);
const ebs = testKnowledge('aws_ebs_volume')!;

test('dutyStatus: met, not met with its findings, not checkable without a registered rule for the type', () => {
  const [tf] = files;
  const volume = tf.document.resources[0];
  const [encrypt, snapshots, unregistered, tags] = ebs.customer;
  const state = dutyStatus(volume, tf.findings, encrypt);
  assert.equal(state.status, 'not-met');
  assert.deepEqual(state.status === 'not-met' && state.findings.map((f) => [f.ruleId, f.messageId]), [['aws-ebs-encryption', 'volume']]);
  assert.deepEqual(dutyStatus(volume, tf.findings, tags), { status: 'met' });
  assert.deepEqual(dutyStatus(volume, tf.findings, snapshots), { status: 'not-checkable' });
  assert.deepEqual(dutyStatus(volume, tf.findings, unregistered), { status: 'not-checkable' });
  // A registered rule that checks other types only proves nothing on this one.
  const real = allRules.find((r) => r.meta.id === 'aws-ebs-encryption')!;
  const volumesOnly = { ...real, terraform: { ...real.terraform!, resourceTypes: ['aws_ebs_volume'] } };
  assert.deepEqual(dutyStatus({ ...volume, type: 'aws_launch_template' }, [], encrypt, [volumesOnly]), { status: 'not-checkable' });
  assert.deepEqual(dutyStatus(volume, [], encrypt, [volumesOnly]), { status: 'met' });
  // Findings on another resource, or in another file, do not count.
  assert.deepEqual(dutyStatus({ ...volume, name: 'other' }, tf.findings, encrypt), { status: 'met' });
  assert.deepEqual(dutyStatus({ ...volume, uri: 'file:///w/other.tf' }, tf.findings, encrypt), { status: 'met' });
  // A rule that crashed proves nothing either way.
  const crash: Finding = { ...tf.findings.find((f) => f.ruleId === 'aws-ebs-encryption')!, messageId: 'internal-error' };
  assert.deepEqual(dutyStatus(volume, [crash], encrypt), { status: 'not-checkable' });
  // An info hint (the provider's default covers the duty) leaves it met.
  const hint: Finding = { ...tf.findings.find((f) => f.ruleId === 'aws-ebs-encryption')!, severity: 'info' };
  assert.deepEqual(dutyStatus(volume, [hint], encrypt), { status: 'met' });
});

test('matrix: a duty whose only rule the configuration switches off is not checkable, not met', () => {
  const off = resolveConfig({ rules: { 'aws-ebs-encryption': 'off' } });
  const document = parseDocument('file:///w/main.tf', terraform, off);
  const file = { file: 'main.tf', document, findings: analyzeDocument(document, { config: off, rules: allRules }), rules: enabledRules(allRules, off) };
  const row = responsibilityMatrix([file], allRules, testKnowledge).rows.find((r) => r.type === 'aws_ebs_volume')!;
  assert.equal(row.cells['data-protection'].status, 'not-checkable');
});

test('matrix: rows sorted by file and position, never-created resources left out, unmapped types counted', () => {
  assert.deepEqual(
    matrix.rows.map((r) => [r.file, r.range.start.line, r.range.start.column, r.type, r.name, r.service, r.uri]),
    [
      ['a<b>&c|d/main.tf', 1, 1, 'aws_ebs_volume', 'data', 'Amazon EBS', 'file:///w/main.tf'],
      ['a<b>&c|d/main.tf', 6, 1, 'aws_s3_bucket', 'b', 'Amazon S3', 'file:///w/main.tf'],
      ['stack "prod",v2.yaml', 4, 3, 'AWS::EC2::Volume', 'Disk', 'Amazon EBS', 'file:///w/stack.yaml'],
    ],
  );
  assert.deepEqual(matrix.unmapped, [{ type: 'random_id', count: 1 }]);
  assert.deepEqual(matrix.rows[1].cells['cost-tags'], {
    status: 'not-met',
    unchecked: 1,
    duties: [
      { text: 'Tag buckets', status: 'not-met', findings: [{ ruleId: 'aws-resource-tags', message: 'b has no tags. Tags tell who owns a resource, what it costs and what data it holds; keeping them is your duty.', line: 6, column: 10 }] },
      { text: 'Expire old objects with lifecycle rules', status: 'not-checkable', findings: [] },
    ],
  });
  assert.deepEqual(matrix.totals['cost-tags'], { met: 1, notMet: 2, notCheckable: 1, notApplicable: 0 });
  assert.deepEqual(matrix.totals.network, { met: 0, notMet: 0, notCheckable: 0, notApplicable: 3 });
  assert.deepEqual(matrix.services.map((s) => s.name), ['Amazon EBS', 'Amazon S3']);
});

test('markdown: exact, with pipes escaped in code spans', () => {
  assert.equal(
    renderMatrix(matrix, 'markdown'),
    [
      '# Responsibility matrix',
      '',
      '3 resources · 3 customer duties not met · 2 met · 6 not checkable from code.',
      '',
      'Legend: ✓ met · ✗ not met · ○ not checkable from code (check by hand) · — n/a (not your duty for this service)',
      '',
      '| Resource | File | Service | Identity & access | Data protection | Network exposure & segmentation | Backup & disaster recovery | Logging, monitoring & incident response | Hardening of guest OS and services | Governance & compliance | Cost, tagging & lifecycle |',
      '|---|---|---|:---:|:---:|:---:|:---:|:---:|:---:|:---:|:---:|',
      '| `aws_ebs_volume.data` | `a<b>&c\\|d/main.tf:1` | Amazon EBS | — | ✗ | — | ○ | — | — | ○ | ✓ |',
      '| `aws_s3_bucket.b` | `a<b>&c\\|d/main.tf:6` | Amazon S3 | ○ | — | — | — | — | — | — | ✗ ○ |',
      '| `AWS::EC2::Volume.Disk` | `stack "prod",v2.yaml:4` | Amazon EBS | — | ✓ | — | ○ | — | — | ○ | ✗ |',
      '',
      '## Totals per category',
      '',
      '| Category | Met | Not met | Not checkable | n/a |',
      '|---|---:|---:|---:|---:|',
      '| Identity & access | 0 | 0 | 1 | 2 |',
      '| Data protection | 1 | 1 | 0 | 1 |',
      '| Network exposure & segmentation | 0 | 0 | 0 | 3 |',
      '| Backup & disaster recovery | 0 | 0 | 2 | 1 |',
      '| Logging, monitoring & incident response | 0 | 0 | 0 | 3 |',
      '| Hardening of guest OS and services | 0 | 0 | 0 | 3 |',
      '| Governance & compliance | 0 | 0 | 2 | 1 |',
      '| Cost, tagging & lifecycle | 1 | 2 | 1 | 0 |',
      '',
      '## Not met',
      '',
      '- `aws_ebs_volume.data` (`a<b>&c\\|d/main.tf:1`) — Data protection: Encrypt volumes',
      '  - `aws-ebs-encryption` at 1:10: EBS volume data is not encrypted at rest (no encryption setting). Encrypting volumes is your duty: AWS encrypts only when asked.',
      '- `aws_s3_bucket.b` (`a<b>&c\\|d/main.tf:6`) — Cost, tagging & lifecycle: Tag buckets',
      '  - `aws-resource-tags` at 6:10: b has no tags. Tags tell who owns a resource, what it costs and what data it holds; keeping them is your duty.',
      '- `AWS::EC2::Volume.Disk` (`stack "prod",v2.yaml:4`) — Cost, tagging & lifecycle: Tag volumes',
      '  - `aws-resource-tags` at 5:11: Disk has no tags. Tags tell who owns a resource, what it costs and what data it holds; keeping them is your duty.',
      '',
      "## The provider's part",
      '',
      '### Amazon EBS',
      '',
      '- Durability of volumes within their Availability Zone',
      '',
      '[Security documentation](https://docs.aws.amazon.com/ebs/latest/userguide/security.html)',
      '',
      '### Amazon S3',
      '',
      '- Durability of stored objects',
      '- The encryption machinery',
      '',
      '*Defaults:* SSE-S3 encryption is on by default since January 2023.',
      '',
      '[Security documentation](https://docs.aws.amazon.com/AmazonS3/latest/userguide/security.html)',
      '',
      '## Resource types without a responsibility entry',
      '',
      '- `random_id` × 1',
    ].join('\n') + '\n',
  );
});

test('csv: exact, quoted where a field needs it', () => {
  assert.equal(
    renderMatrix(matrix, 'csv'),
    [
      'file,line,column,type,name,service,identity-access,data-protection,network,backup-recovery,logging-monitoring,hardening,governance,cost-tags',
      'a<b>&c|d/main.tf,1,1,aws_ebs_volume,data,Amazon EBS,n/a,not-met,n/a,not-checkable,n/a,n/a,not-checkable,met',
      'a<b>&c|d/main.tf,6,1,aws_s3_bucket,b,Amazon S3,not-checkable,n/a,n/a,n/a,n/a,n/a,n/a,not-met +1 not checkable',
      '"stack ""prod"",v2.yaml",4,3,AWS::EC2::Volume,Disk,Amazon EBS,n/a,met,n/a,not-checkable,n/a,n/a,not-checkable,not-met',
    ].join('\n') + '\n',
  );
});

test('json: the matrix without URIs, stable across runs and input order', () => {
  const json = renderMatrix(matrix, 'json');
  assert.equal(json, renderMatrix(responsibilityMatrix(files, allRules, testKnowledge), 'json'));
  const data = JSON.parse(json);
  assert.deepEqual(Object.keys(data), ['categories', 'rows', 'services', 'totals', 'unmapped']);
  assert.deepEqual(data.rows.map((r: { uri?: string }) => r.uri), [undefined, undefined, undefined]);
  assert.deepEqual(data.rows[0].range, { start: { line: 1, column: 1 }, end: { line: 1, column: 33 } });
  assert.deepEqual(data.categories[2], { id: 'network', title: 'Network exposure & segmentation' });
  assert.deepEqual(data.services[1].defaults, 'SSE-S3 encryption is on by default since January 2023.');
});

test('html: well-formed, self-contained, escaped, one header cell per category and row', () => {
  const html = renderMatrix(matrix, 'html');
  const elements = parseHtml(html);
  assert.equal(elements.some((e) => e.name === 'script' || e.name === 'link' || e.name === 'img'), false, 'no script and nothing loaded');
  const tables = elements.filter((e) => e.name === 'table');
  assert.equal(tables.length, 2);
  const columns = elements.filter((e) => e.name === 'th' && e.attributes.scope === 'col');
  assert.deepEqual(columns.slice(0, 11).map((e) => e.text), ['Resource', 'File', 'Service', ...matrix.categories.map((c) => c.title.replace('&', '&amp;'))]);
  const rowHeads = elements.filter((e) => e.name === 'th' && e.attributes.scope === 'row' && e.path.includes('tbody'));
  assert.deepEqual(rowHeads.slice(0, 3).map((e) => e.text), ['aws_ebs_volume.data', 'aws_s3_bucket.b', 'AWS::EC2::Volume.Disk']);
  const cells = elements.filter((e) => e.name === 'td' && e.attributes.class?.startsWith('cell'));
  assert.equal(cells.length, 3 * 8);
  assert.deepEqual(
    [cells[15].attributes, cells[15].text],
    [{ class: 'cell not-met', title: 'Tag buckets: not met\nExpire old objects with lifecycle rules: not checkable from code', 'aria-label': 'not met, 1 more not checkable from code' }, '✗ ○'],
  );
  assert.ok(html.includes('<td><code>a&lt;b&gt;&amp;c|d/main.tf:1</code></td>'));
  assert.ok(html.includes('<td><code>stack &quot;prod&quot;,v2.yaml:4</code></td>'));
});

test('html check: the well-formedness checker rejects broken markup', () => {
  assert.throws(() => parseHtml('<p><b>x</p></b>'), /closes <b>/);
  assert.throws(() => parseHtml('<p>a > b</p>'), /stray/);
  assert.throws(() => parseHtml('<div><p>x</p>'), /unclosed: <div>/);
  assert.throws(() => parseHtml('<td class=x>1</td>'), /malformed tag/);
});
