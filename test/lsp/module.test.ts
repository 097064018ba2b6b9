/**
 * A Terraform module is every .tf file of a directory: siblings are read from
 * disk, open buffers win, and a change to one open file re-publishes the other
 * open files of the same module (and only those).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TestClient } from './client';
import { terraform } from './fixtures';

const provider = `provider "aws" {
  region = "eu-west-1"
}
`;

describe('Terraform module', () => {
  let client: TestClient;
  let main: string;
  let variables: string;
  let other: string;
  before(async () => {
    client = new TestClient();
    writeFileSync(join(client.folder, 'providers.tf'), provider);
    mkdirSync(join(client.folder, 'other'));
    await client.initialize();
    main = client.uri('main.tf');
    variables = client.uri('variables.tf'); // open in the editor, never saved
    other = client.uri('other/main.tf'); // another module
    await client.open(main, terraform);
    await client.open(other, terraform);
    await client.diagnosticsAt(main, 1);
    await client.diagnosticsAt(other, 1);
  });
  after(() => client.shutdown());

  test('changing one open file of a module re-publishes the other open files of that module only', async () => {
    await client.open(variables, 'variable "size" {\n  default = 40\n}\n');
    await client.diagnosticsAt(variables, 1);
    const from = client.published.length;
    await client.change(variables, 2, 'variable "size" {\n  default = 80\n}\n');
    await client.diagnosticsAt(variables, 2);
    await client.waitForDiagnostics(main, () => true, from);
    const republished = client.published.slice(from).map((p) => p.uri);
    assert.ok(!republished.includes(other), 'a file of another module is not re-published');
  });

  test('closing a sibling re-publishes the module (the disk version wins again)', async () => {
    const from = client.published.length;
    await client.close(variables);
    const cleared = await client.waitForDiagnostics(variables, () => true, from);
    assert.deepEqual(cleared.diagnostics, []);
    await client.waitForDiagnostics(main, () => true, from);
  });

  test('a .tf file changed on disk re-publishes the open files of its module', async () => {
    const from = client.published.length;
    writeFileSync(join(client.folder, 'providers.tf'), provider + '\n# changed\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('providers.tf'), type: 2 }] });
    await client.waitForDiagnostics(main, () => true, from);
  });
});
