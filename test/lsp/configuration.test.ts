/**
 * Settings come from `workspace/configuration` (section `onus`), scoped to the
 * workspace folder; didChangeConfiguration re-pulls them and re-publishes
 * every open document.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, type ConfigurationParams, type Diagnostic } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { cloudFormationYaml, terraform } from './fixtures';
import { messageText, rangeOf } from './text';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('settings', () => {
  let client: TestClient;
  let tf: string;
  let yaml: string;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    tf = client.uri('main.tf');
    yaml = client.uri('stack.yaml');
  });
  after(() => client.shutdown());

  test('the server asks for section onus scoped to the workspace folder', async () => {
    await client.open(yaml, cloudFormationYaml, 'yaml');
    await client.diagnosticsAt(yaml, 1);
    const request = client.configurationRequests[0] as ConfigurationParams;
    assert.deepEqual(request.items, [{ scopeUri: client.folderUri, section: 'onus' }]);
  });

  test('requiredTags: [Owner] makes tag diagnostics appear in open templates', async () => {
    assert.deepEqual(codes(await client.diagnosticsAt(yaml, 1)), ['aws-ebs-encryption']);
    const from = client.published.length;
    await client.changeSettings({ requiredTags: ['Owner'] });
    const republished = await client.waitForDiagnostics(yaml, (p) => p.diagnostics.some((d) => d.code === 'aws-resource-tags'), from);
    const tags = republished.diagnostics.filter((d) => d.code === 'aws-resource-tags');
    assert.equal(tags.length, 1);
    assert.deepEqual(tags[0].range, rangeOf(cloudFormationYaml, 'Tags'));
    assert.equal(tags[0].severity, DiagnosticSeverity.Information, 'tags are low → Information');
    assert.match(messageText(tags[0].message), /Owner/);
  });

  test('requiredTags: [Owner] in Terraform: one tag diagnostic per resource, on its tags attribute', async () => {
    await client.open(tf, terraform);
    const diagnostics = await client.diagnosticsAt(tf, 1);
    const tags = diagnostics.filter((d) => d.code === 'aws-resource-tags');
    assert.deepEqual(
      tags.map((d) => d.range),
      [rangeOf(terraform, 'tags', 0), rangeOf(terraform, 'tags', 1)],
    );
  });

  test('disabledRules (by id or peer alias) switch rules off', async () => {
    const from = client.published.length;
    await client.changeSettings({ requiredTags: ['Owner'], disabledRules: ['CKV_AWS_3'] });
    const republished = await client.waitForDiagnostics(yaml, (p) => !p.diagnostics.some((d) => d.code === 'aws-ebs-encryption'), from);
    assert.deepEqual(codes(republished.diagnostics), ['aws-resource-tags']);
  });

  test('maxFileSize: a larger template is skipped with a warning instead of analysed', async () => {
    await client.changeSettings({ maxFileSize: 1024 });
    const big = client.uri('big.yaml');
    const text = cloudFormationYaml + `# ${'x'.repeat(2048)}\n`;
    await client.open(big, text, 'yaml');
    const diagnostics = await client.diagnosticsAt(big, 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostics[0].source, 'onus');
    assert.match(messageText(diagnostics[0].message), /larger than/);
  });
});
