/**
 * Background workspace indexing over LSP: work-done progress (create, begin,
 * report, end) with the number of files indexed — skipped directories, config
 * `exclude` and non-templates not counted — cancelled by the progress's
 * cancel and by shutdown.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ExitNotification, ShutdownRequest, WorkDoneProgressCancelNotification } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { cloudFormationYaml, terraform } from './fixtures';

function write(client: TestClient, name: string, text: string): void {
  mkdirSync(dirname(join(client.folder, name)), { recursive: true });
  writeFileSync(join(client.folder, name), text);
}

/** `count` small Terraform files, 25 per directory. */
function manyFiles(client: TestClient, count: number): void {
  for (let i = 0; i < count; i++) write(client, `m${Math.floor(i / 25)}/f${i}.tf`, `resource "aws_ebs_volume" "v${i}" {\n  size = ${i + 1}\n}\n`);
}

async function started(client: TestClient) {
  await client.initialize();
  const begin = await client.waitFor('progress begin', () => client.progress.find((p) => p.value.kind === 'begin'));
  return begin.token;
}

function ended(client: TestClient, token: string | number) {
  return client.waitFor('progress end', () => {
    const mine = client.progress.filter((p) => p.token === token);
    return mine.some((p) => p.value.kind === 'end') ? mine.map((p) => p.value) : undefined;
  });
}

describe('workspace indexing over LSP', () => {
  const clients: TestClient[] = [];
  const client = () => {
    const c = new TestClient();
    c.features = { workDoneProgress: true };
    clients.push(c);
    return c;
  };
  after(async () => {
    for (const c of clients) await c.shutdown();
  });

  test('indexing reports work-done progress and the files it indexed', async () => {
    const c = client();
    write(c, 'a/main.tf', terraform);
    write(c, 'a/variables.tf', 'variable "size" {\n  default = 1\n}\n');
    write(c, 'b/stack.yaml', cloudFormationYaml);
    write(c, 'notes.yaml', 'title: not a template\n');
    write(c, 'node_modules/dep/main.tf', terraform);
    write(c, 'examples/main.tf', terraform);
    write(c, '.onus.yaml', 'exclude:\n  - examples\n');
    const token = await started(c);
    const values = await ended(c, token);
    assert.deepEqual(c.progressTokens, [token], 'the token was created with window/workDoneProgress/create first');
    assert.deepEqual(values[0], { kind: 'begin', title: 'Onus: indexing workspace', percentage: 0, message: 'listing files', cancellable: true });
    assert.deepEqual(values.at(-2), { kind: 'report', percentage: 100, message: 'indexed 3 files' });
    assert.deepEqual(values.at(-1), { kind: 'end' });
    for (const v of values.slice(1, -2)) assert.match(v.message ?? '', /^\d+\/6 files$/, 'reports count the 6 files listed');
  });

  test("the progress's cancel stops indexing", async () => {
    const c = client();
    manyFiles(c, 1_000);
    const token = await started(c);
    await c.connection.sendNotification(WorkDoneProgressCancelNotification.type, { token });
    const values = await ended(c, token);
    const last = values.at(-2)?.message ?? '';
    const indexed = Number(/^cancelled after indexing (\d+) files$/.exec(last)?.[1]);
    assert.ok(indexed < 1_000, `stopped early: ${last}`);
    assert.deepEqual(values.at(-1), { kind: 'end' });
  });

  test('shutdown stops indexing', async () => {
    const c = client();
    manyFiles(c, 1_000);
    const token = await started(c);
    await c.connection.sendRequest(ShutdownRequest.type);
    const values = await ended(c, token);
    assert.match(values.at(-2)?.message ?? '', /^cancelled after indexing \d+ files$/);
    await c.connection.sendNotification(ExitNotification.type);
    await c.waitFor('server exit', () => (c.alive ? undefined : true));
  });
});
