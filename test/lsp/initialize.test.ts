import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver/node';
import manifest from '../../package.json';
import { TestClient } from './client';

let client: TestClient;
before(() => {
  client = new TestClient();
});
after(() => client.shutdown());

test('initialize announces sync, code actions (quick fixes, fix-all), hover and workspace folders', async () => {
  const result = await client.initialize();
  const caps = result.capabilities;
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
  assert.deepEqual(caps.codeActionProvider, { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.onus'], resolveProvider: false });
  assert.equal(caps.hoverProvider, true);
  assert.deepEqual(caps.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  assert.equal(result.serverInfo?.name, 'onus');
  assert.equal(result.serverInfo?.version, manifest.version);
});
