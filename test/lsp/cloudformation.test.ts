/** CloudFormation templates (YAML and JSON) over the protocol; other YAML stays silent. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, CodeActionRequest, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { cloudFormationJson, cloudFormationYaml, githubWorkflow } from './fixtures';
import { rangeOf } from './text';

async function preferredFix(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction> {
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
  const preferred = actions.filter((a) => a.isPreferred);
  assert.equal(preferred.length, 1, 'one preferred fix');
  assert.equal(preferred[0].kind, CodeActionKind.QuickFix);
  return preferred[0];
}

function apply(uri: string, languageId: string, text: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(uri, languageId, 0, text), action.edit!.changes![uri]);
}

function codesAndRanges(diagnostics: Diagnostic[]): { code: unknown; range: Range }[] {
  return diagnostics.map((d) => ({ code: d.code, range: d.range }));
}

describe('CloudFormation', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  test('YAML template: unencrypted AWS::EC2::Volume on its Type value; the fix removes it', async () => {
    const uri = client.uri('stack.yaml');
    await client.open(uri, cloudFormationYaml, 'yaml');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(codesAndRanges(diagnostics), [{ code: 'aws-ebs-encryption', range: rangeOf(cloudFormationYaml, 'AWS::EC2::Volume') }]);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostics[0].source, 'onus');
    const fixed = apply(uri, 'yaml', cloudFormationYaml, await preferredFix(client, uri, diagnostics[0]));
    assert.match(fixed, /Encrypted: true/);
    await client.change(uri, 2, fixed);
    assert.deepEqual(await client.diagnosticsAt(uri, 2), []);
  });

  test('JSON template: the finding points at the quoted Type value; the fix removes it', async () => {
    const uri = client.uri('stack.json');
    await client.open(uri, cloudFormationJson, 'json');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(codesAndRanges(diagnostics), [{ code: 'aws-ebs-encryption', range: rangeOf(cloudFormationJson, '"AWS::EC2::Volume"') }]);
    const fixed = apply(uri, 'json', cloudFormationJson, await preferredFix(client, uri, diagnostics[0]));
    assert.doesNotThrow(() => JSON.parse(fixed), 'the fixed template is still JSON');
    assert.equal(JSON.parse(fixed).Resources.DataVolume.Properties.Encrypted, true);
    await client.change(uri, 2, fixed);
    assert.deepEqual(await client.diagnosticsAt(uri, 2), []);
  });

  test('a GitHub workflow (YAML, not a template) gets empty diagnostics', async () => {
    const uri = client.uri('.github/workflows/ci.yml');
    await client.open(uri, githubWorkflow, 'yaml');
    assert.deepEqual(await client.diagnosticsAt(uri, 1), []);
  });

  test('an untitled YAML buffer is analysed by its language', async () => {
    const uri = 'untitled:Untitled-1';
    await client.open(uri, cloudFormationYaml, 'yaml');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(codesAndRanges(diagnostics), [{ code: 'aws-ebs-encryption', range: rangeOf(cloudFormationYaml, 'AWS::EC2::Volume') }]);
  });
});
