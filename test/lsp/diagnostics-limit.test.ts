/**
 * onus.maxDiagnosticsPerFile: above the limit, the most severe findings are
 * published (in document order) after one notice on the first line saying how
 * many there are; 0 publishes all. VS Code drops diagnostics above 1,000 per
 * file anyway, so the default spares a huge template's keystrokes the rest.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { messageText, rangeOf } from './text';

const template = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Data:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: us-east-1a
      Size: 10
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
  Logs:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: us-east-1a
      Size: 20
`;

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`);

describe('diagnostics per file limit', () => {
  let client: TestClient;
  let uri: string;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    uri = client.uri('stack.yaml');
  });
  after(() => client.shutdown());

  test('under the default limit every finding is published, in document order', async () => {
    await client.open(uri, template, 'yaml');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(summary(diagnostics), [
      'aws-ebs-encryption@3',
      'aws-resource-tags@3',
      'aws-resource-tags@8',
      'aws-security-group-open-ingress@15',
      'aws-ebs-encryption@17',
      'aws-resource-tags@17',
    ]);
  });

  test('limit 3: the three high findings and a notice naming the total', async () => {
    const from = client.published.length;
    await client.changeSettings({ maxDiagnosticsPerFile: 3 });
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 4, from);
    assert.deepEqual(summary(published.diagnostics), ['onus-diagnostics-limit@0', 'aws-ebs-encryption@3', 'aws-security-group-open-ingress@15', 'aws-ebs-encryption@17']);
    const [notice, first] = published.diagnostics;
    assert.equal(notice.severity, DiagnosticSeverity.Information);
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(messageText(notice.message), /^Onus found 6 problems in this file and shows the 3 most severe\. /);
    assert.match(messageText(notice.message), /onus\.maxDiagnosticsPerFile/);
    assert.deepEqual(first.range, rangeOf(template, 'AWS::EC2::Volume', 0));
  });

  test('limit 2: of three equally severe findings, the first two in the file', async () => {
    const from = client.published.length;
    await client.changeSettings({ maxDiagnosticsPerFile: 2 });
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 3, from);
    assert.deepEqual(summary(published.diagnostics), ['onus-diagnostics-limit@0', 'aws-ebs-encryption@3', 'aws-security-group-open-ingress@15']);
  });

  test('limit 0 publishes all of them', async () => {
    const from = client.published.length;
    await client.changeSettings({ maxDiagnosticsPerFile: 0 });
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 6, from);
    assert.ok(!published.diagnostics.some((d) => d.code === 'onus-diagnostics-limit'));
  });
});
