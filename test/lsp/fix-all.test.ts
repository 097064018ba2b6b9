/** Over the protocol: `source.fixAll.onus` returns one edit that applies every unambiguous fix; nothing when nothing can be fixed. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './client';

const text = `resource "aws_ebs_volume" "a" {
  size = 10
  tags = { Name = "a" }
}

# onus:ignore aws-resource-tags -- stale
resource "aws_ebs_volume" "b" {
  size = 20
  tags = { Name = "b" }
}
`;

async function fixAll(client: TestClient, uri: string, only: string[]): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only },
  })) as CodeAction[];
}

describe('fix all', () => {
  let client: TestClient;
  let uri: string;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    uri = client.uri('main.tf');
  });
  after(() => client.shutdown());

  test('source.fixAll.onus: one action, every repair and the unused suppression removed', async () => {
    await client.open(uri, text);
    assert.deepEqual((await client.diagnosticsAt(uri, 1)).map((d) => d.code), ['aws-ebs-encryption', 'onus-unused-suppression', 'aws-ebs-encryption']);
    const actions = await fixAll(client, uri, ['source.fixAll.onus']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.onus');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'terraform', 1, text), actions[0].edit!.changes![uri]);
    assert.ok(!fixed.includes('onus:ignore'), fixed);
    assert.equal((fixed.match(/encrypted\s*=\s*true/g) ?? []).length, 2, fixed);
    await client.change(uri, 2, fixed);
    assert.deepEqual(await client.diagnosticsAt(uri, 2), []);
  });

  test('the generic source.fixAll kind includes it; quick-fix requests do not compute it', async () => {
    const fixedText = text;
    const other = client.uri('other.tf');
    await client.open(other, fixedText);
    await client.diagnosticsAt(other, 1);
    assert.equal((await fixAll(client, other, ['source.fixAll'])).length, 1);
    assert.equal((await fixAll(client, other, ['quickfix'])).filter((a) => a.kind === 'source.fixAll.onus').length, 0);
  });

  test('nothing to fix: no action', async () => {
    const clean = client.uri('clean.tf');
    await client.open(clean, 'resource "aws_ebs_volume" "c" {\n  encrypted = true\n  tags = { Name = "c" }\n}\n');
    await client.diagnosticsAt(clean, 1);
    assert.deepEqual(await fixAll(client, clean, ['source.fixAll.onus']), []);
  });
});
