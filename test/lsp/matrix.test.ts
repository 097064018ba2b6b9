/**
 * `onus/matrix` over the protocol: files on disk under the workspace folder and open buffers
 * (the buffer wins, unsaved), config `exclude` honoured, each row with its URI and 1-based range.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './client';

interface Row {
  file: string;
  uri: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  type: string;
  name: string;
  service: string;
  cells: Record<string, { status: string; duties: { text: string; status: string; findings: { ruleId: string; line: number; column: number }[] }[] }>;
}
interface Matrix {
  rows: Row[];
  totals: Record<string, { met: number; notMet: number; notCheckable: number; notApplicable: number }>;
  unmapped: { type: string; count: number }[];
}

const volume = (encrypted: boolean) => `resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  encrypted         = ${encrypted}\n  tags = { Owner = "a" }\n}\n`;
const template = 'Resources:\n  Disk:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: eu-west-1a\n      Tags:\n        - Key: Owner\n          Value: a\n';

function summary(matrix: Matrix) {
  return matrix.rows.map((r) => ({ file: r.file, uri: r.uri, start: r.range.start, row: `${r.type}.${r.name}`, dataProtection: r.cells['data-protection'].status }));
}

describe('onus/matrix', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    mkdirSync(join(client.folder, 'stack'));
    mkdirSync(join(client.folder, 'examples'));
    writeFileSync(join(client.folder, 'main.tf'), volume(false));
    writeFileSync(join(client.folder, 'stack', 'template.yaml'), template);
    writeFileSync(join(client.folder, 'examples', 'other.tf'), volume(false));
    writeFileSync(join(client.folder, 'main.tf.bak'), 'not read');
    writeFileSync(join(client.folder, '.onus.yaml'), 'exclude: [examples/**]\n');
    await client.initialize();
  });
  after(() => client.shutdown());

  const request = () => client.connection.sendRequest<Matrix>('onus/matrix');

  test('files on disk: one row per resource, sorted by file, with URI, range and duty states', async () => {
    const matrix = await request();
    assert.deepEqual(summary(matrix), [
      { file: 'main.tf', uri: client.uri('main.tf'), start: { line: 1, column: 1 }, row: 'aws_ebs_volume.data', dataProtection: 'not-met' },
      { file: 'stack/template.yaml', uri: client.uri('stack/template.yaml'), start: { line: 2, column: 3 }, row: 'AWS::EC2::Volume.Disk', dataProtection: 'not-met' },
    ]);
    const [tf, cfn] = matrix.rows;
    const duty = (row: Row) => row.cells['data-protection'].duties.find((d) => d.status === 'not-met')!;
    assert.deepEqual(duty(tf).findings.map((f) => [f.ruleId, f.line, f.column]), [['aws-ebs-encryption', 3, 23]]);
    assert.deepEqual(duty(cfn).findings.map((f) => [f.ruleId, f.line, f.column]), [['aws-ebs-encryption', 3, 11]]);
    assert.equal(tf.range.end.line, 1);
    assert.equal(matrix.totals['data-protection'].notMet, 2);
  });

  test('an open buffer wins over the disk, unsaved', async () => {
    await client.open(client.uri('main.tf'), volume(true));
    const matrix = await request();
    assert.deepEqual(
      summary(matrix).map((r) => [r.row, r.dataProtection]),
      [
        ['aws_ebs_volume.data', 'met'],
        ['AWS::EC2::Volume.Disk', 'not-met'],
      ],
    );
    assert.equal(matrix.totals['data-protection'].notMet, 1);
    assert.equal(matrix.totals['data-protection'].met, 1);
  });

  test('an untitled buffer is a row too, shown by its URI', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, 'resource "aws_ebs_volume" "fresh" {\n  encrypted = true\n}\n');
    const matrix = await request();
    const row = matrix.rows.find((r) => r.uri === uri);
    assert.ok(row, JSON.stringify(matrix.rows.map((r) => r.uri)));
    assert.equal(row.file, uri);
    assert.equal(row.cells['data-protection'].status, 'met');
  });
});
