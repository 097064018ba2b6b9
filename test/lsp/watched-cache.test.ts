/**
 * With a client that watches files for the server (as VS Code does), the
 * server registers its watchers and caches directory listings and stats; every
 * workspace/didChangeWatchedFiles event invalidates them, so a sibling changed,
 * created or deleted on disk reaches the open file's diagnostics.
 */
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DidChangeWatchedFilesNotification, FileChangeType, type Diagnostic } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { messageText, rangeOf } from './text';

const main = `resource "aws_security_group" "web" {
  description = "web"
  tags        = { Owner = "me" }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}
`;
const variables = (cidr: string) => `variable "cidr" {\n  default = "${cidr}"\n}\n`;
const open = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'aws-security-group-open-ingress');

describe('cached listings and stats behind the file watcher', () => {
  let client: TestClient;
  let mainUri: string;
  before(async () => {
    client = new TestClient();
    client.features = { watchFiles: true };
    writeFileSync(join(client.folder, 'variables.tf'), variables('10.0.0.0/8'));
    await client.initialize();
    await client.waitFor('watcher registration', () => (client.registrations.length > 0 ? true : undefined));
    mainUri = client.uri('main.tf');
    await client.open(mainUri, main);
  });
  after(() => client.shutdown());

  async function fileEvent(name: string, type: FileChangeType): Promise<number> {
    const from = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: client.uri(name), type }] });
    return from;
  }

  test('the server registers watchers for every file an analysis reads', () => {
    assert.deepEqual(client.registrations, [
      {
        id: (client.registrations[0] as { id: string }).id,
        method: 'workspace/didChangeWatchedFiles',
        registerOptions: { watchers: [{ globPattern: '**/*.{tf,tfvars,json,yaml,yml,template}' }, { globPattern: '**/.onus.{yaml,yml}' }, { globPattern: '**/*', kind: 4 }] },
      },
    ]);
  });

  test('a sibling changed, deleted or created on disk reaches the open file through the events', async () => {
    assert.deepEqual(open(await client.diagnosticsAt(mainUri, 1)), []);
    writeFileSync(join(client.folder, 'variables.tf'), variables('0.0.0.0/0'));
    // Without an event the cached stat stands: an edit of main.tf still sees the old sibling.
    await client.change(mainUri, 2, `${main}# edited\n`);
    assert.deepEqual(open(await client.diagnosticsAt(mainUri, 2)), [], 'the cache answered');
    const changed = await client.waitForDiagnostics(mainUri, (p) => open(p.diagnostics).length === 1, await fileEvent('variables.tf', FileChangeType.Changed));
    assert.deepEqual(open(changed.diagnostics).map((d) => d.range), [rangeOf(main, 'var.cidr')]);

    rmSync(join(client.folder, 'variables.tf'));
    const deleted = await client.waitForDiagnostics(mainUri, (p) => open(p.diagnostics).length === 0, await fileEvent('variables.tf', FileChangeType.Deleted));
    assert.deepEqual(open(deleted.diagnostics), [], 'var.cidr is undeclared now: unknown, no finding');

    writeFileSync(join(client.folder, 'vars.tf'), variables('::/0'));
    const created = await client.waitForDiagnostics(mainUri, (p) => open(p.diagnostics).length === 1, await fileEvent('vars.tf', FileChangeType.Created));
    assert.match(messageText(open(created.diagnostics)[0].message), /::\/0/);
  });
});
