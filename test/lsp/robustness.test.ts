/** Nothing a user can type or open takes the server down; it keeps answering. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, DiagnosticSeverity, HoverRequest } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { cloudFormationYaml, halfTyped } from './fixtures';
import { messageText } from './text';

describe('robustness', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  async function stillAnswers(): Promise<void> {
    const uri = client.uri(`probe-${client.published.length}.yaml`);
    await client.open(uri, cloudFormationYaml, 'yaml');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.ok(Array.isArray(diagnostics));
    assert.ok(client.alive);
  }

  test('a binary file gets one warning and the server keeps answering', async () => {
    const uri = client.uri('blob.tf');
    await client.open(uri, 'PK\u0003\u0004\u0000\u0000\u0001binary\u0000data');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Warning);
    assert.match(messageText(diagnostics[0].message), /binary/);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(hover, null);
    await stillAnswers();
  });

  test('a half-typed file is published and the server keeps answering', async () => {
    const uri = client.uri('half.tf');
    await client.open(uri, halfTyped);
    await client.diagnosticsAt(uri, 1);
    let text = halfTyped;
    for (let version = 2; version <= 12; version++) {
      text += 'x ="'.charAt(version % 4);
      await client.change(uri, version, text);
    }
    await client.diagnosticsAt(uri, 12);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(Array.isArray(actions));
    await stillAnswers();
  });

  test('a half-typed Terraform file reports a syntax error (Error, source onus)', async () => {
    const uri = client.uri('syntax.tf');
    await client.open(uri, halfTyped);
    const diagnostics = await client.diagnosticsAt(uri, 1);
    const syntax = diagnostics.filter((d) => d.code === 'onus-syntax-error');
    assert.ok(syntax.length >= 1, `a syntax error is reported: ${JSON.stringify(diagnostics)}`);
    for (const d of syntax) {
      assert.equal(d.severity, DiagnosticSeverity.Error);
      assert.equal(d.source, 'onus');
    }
  });

  test('requests for documents that are not open answer empty', async () => {
    const uri = client.uri('never-opened.tf');
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
    await stillAnswers();
  });
});
