/**
 * Containment in the real editor: the language server process is killed
 * (SIGKILL, as a crash would end it) and the VS Code client starts a new one,
 * which analyses the open file again and answers edits. The server is a child
 * of the extension host (the client forks dist/server.js), found through
 * /proc, so the test runs on Linux only (both launchers run there in CI).
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { open, replaceAll, waitFor, waitForDiagnostics, withRule } from './helpers';

const ebs = 'aws-ebs-encryption';

/** Process ids of this extension host's children running the Onus server. */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so read after the last `)`.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').some((arg) => arg.endsWith('dist/server.js'))) pids.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export function defineRestartSuite(): void {
  suite('Onus server crash', function () {
    this.timeout(120_000);

    test('the client restarts a crashed server, which analyses the open file and answers edits', async function () {
      if (process.platform !== 'linux') this.skip();
      const editor = await open('terraform/main.tf');
      const { document } = editor;
      const original = document.getText();
      await waitForDiagnostics(document.uri, 'the unencrypted volume before the crash', (d) => withRule(d, ebs).length === 1);
      const [crashed] = await waitFor('the server process', () => (serverPids().length === 1 ? serverPids() : undefined));
      process.kill(crashed, 'SIGKILL');
      const restarted = await waitFor('a new server process', () => serverPids().find((pid) => pid !== crashed));
      assert.notEqual(restarted, crashed);
      assert.ok(!serverPids().includes(crashed), 'the killed server is gone');

      // The new server answers an edit: a second unencrypted volume appended at the end.
      const probeLine = document.lineCount;
      try {
        await replaceAll(document, `${original}\nresource "aws_ebs_volume" "after_restart" {\n  availability_zone = "eu-west-1a"\n  size              = 1\n  tags = {\n    Name = "probe"\n  }\n}\n`);
        const after = await waitForDiagnostics(document.uri, 'the volume added after the restart', (d) => withRule(d, ebs).length === 2);
        assert.ok(
          withRule(after, ebs).some((d) => d.range.start.line === probeLine),
          'the new finding is on the added resource',
        );
      } finally {
        await replaceAll(document, original);
        await document.save();
      }
      await waitForDiagnostics(document.uri, 'the fixture analysed as before', (d) => withRule(d, ebs).length === 1);
    });
  });
}
