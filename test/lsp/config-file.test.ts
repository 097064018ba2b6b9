/**
 * `.onus.yaml` over the protocol: found upward from the document, wins over
 * the editor settings, re-applied as it is edited, its problems published on
 * itself (and defaults used), and named by the hover.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { rangeOf } from './text';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

const volume = `resource "aws_ebs_volume" "data" {
  size = 40
  tags = { Name = "data" }
}
`;

describe('.onus.yaml', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    mkdirSync(join(client.folder, 'infra', 'net'), { recursive: true });
    mkdirSync(join(client.folder, 'examples'), { recursive: true });
    writeFileSync(join(client.folder, '.onus.yaml'), 'rules:\n  aws-ebs-encryption: critical\nrequiredTags: [Owner]\nexclude: [examples]\n');
    await client.initialize();
  });
  after(() => client.shutdown());

  test('found upward from the file; severity and required tags apply; the file wins over settings', async () => {
    client.settings = { requiredTags: ['CostCenter'] };
    const uri = client.uri('infra/net/main.tf');
    await client.open(uri, volume);
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(codes(diagnostics), ['aws-ebs-encryption', 'aws-resource-tags']);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error, 'critical from the config file');
    assert.match(String(diagnostics[1].message), /Owner/);
    assert.doesNotMatch(String(diagnostics[1].message), /CostCenter/);
  });

  test('the hover says where the configuration came from', async () => {
    const uri = client.uri('infra/net/main.tf');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: rangeOf(volume, 'aws_ebs_volume').start });
    assert.match((hover!.contents as MarkupContent).value, /Configuration: `[^`]*\.onus\.yaml` \(severity of `aws-ebs-encryption` set to critical there; it wins over VS Code settings/);
    const tags = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: rangeOf(volume, 'tags').start });
    assert.match((tags!.contents as MarkupContent).value, /Configuration: `[^`]*\.onus\.yaml` \(wins over VS Code settings/);
  });

  test('excluded paths have no findings', async () => {
    const uri = client.uri('examples/main.tf');
    await client.open(uri, volume);
    assert.deepEqual(await client.diagnosticsAt(uri, 1), []);
  });

  test('editing the open config file re-publishes the documents; problems are shown on it and defaults used', async () => {
    const config = client.uri('.onus.yaml');
    const tf = client.uri('infra/net/main.tf');
    const text = 'rules:\n  aws-ebs-encryption: loud\nsuppressions:\n  requireReason: maybe\nbogus: 1\n';
    const from = client.published.length;
    await client.open(config, text, 'yaml');
    const own = await client.diagnosticsAt(config, 1);
    assert.deepEqual(
      own.map((d) => [d.code, d.severity, d.range]),
      [
        ['onus-config', DiagnosticSeverity.Error, rangeOf(text, 'loud')],
        ['onus-config', DiagnosticSeverity.Error, rangeOf(text, 'maybe')],
        ['onus-config', DiagnosticSeverity.Warning, rangeOf(text, 'bogus')],
      ],
    );
    const republished = await client.waitForDiagnostics(tf, (p) => p.diagnostics.some((d) => /CostCenter/.test(String(d.message))), from);
    assert.deepEqual(codes(republished.diagnostics), ['aws-ebs-encryption', 'aws-resource-tags'], 'the settings\' tags apply again');
    assert.equal(republished.diagnostics[0].severity, DiagnosticSeverity.Warning, 'the bad rule setting falls back to the default severity');
  });

  test('a config file that does not parse: an error on it, nothing crashes', async () => {
    const config = client.uri('.onus.yaml');
    await client.change(config, 2, 'rules: [unclosed\n');
    const own = await client.diagnosticsAt(config, 2);
    assert.equal(own.length >= 1, true);
    assert.equal(own[0].severity, DiagnosticSeverity.Error);
    assert.match(String(own[0].message), /defaults are used/);
    assert.ok(client.alive);
  });

  test('the suppression settings mirror reaches the server: requireReason from VS Code settings', async () => {
    const uri = client.uri('infra/policy.tf');
    const from = client.published.length;
    await client.changeSettings({ suppressions: { requireReason: true } } as never);
    await client.open(uri, `# onus:ignore aws-ebs-encryption\n${volume}`);
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'onus-invalid-suppression'), from);
    const invalid = published.diagnostics.find((d) => d.code === 'onus-invalid-suppression')!;
    assert.equal(invalid.severity, DiagnosticSeverity.Warning);
    assert.match(String(invalid.message), /needs a reason/);
  });
});
