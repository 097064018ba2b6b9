/**
 * The responsibility matrix in a real VS Code: the command is contributed and registered, running it
 * opens the webview panel with the matrix table under a strict CSP, and the status bar item counts
 * the unmet customer duties, following an edit that meets one and its undo.
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { OnusApi } from '../../client/src/extension';
import { expectedHoverText, open, replaceAll, waitFor } from './helpers';

const title = 'Onus: Responsibility Matrix';

function matrixTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === title);
}

function unmet(api: OnusApi): number | undefined {
  const matrix = api.lastMatrix();
  return matrix && Object.values(matrix.totals).reduce((sum, t) => sum + t.notMet, 0);
}

export function defineMatrixSuite(): void {
  suite('Onus responsibility matrix in a real VS Code', function () {
    this.timeout(120_000);
    let api: OnusApi;

    suiteSetup(async () => {
      const extension = vscode.extensions.getExtension<OnusApi>('onus.onus');
      assert.ok(extension, 'extension onus.onus is loaded');
      await open('terraform/main.tf');
      await waitFor('the extension to activate', () => extension.isActive);
      api = extension.exports;
    });

    test('the command is contributed and registered', async () => {
      const extension = vscode.extensions.getExtension('onus.onus')!;
      const contributed = (extension.packageJSON as { contributes: { commands: { command: string; title: string; category: string }[] } }).contributes.commands;
      assert.deepEqual(
        contributed.find((c) => c.command === 'onus.showMatrix'),
        { command: 'onus.showMatrix', title: 'Show Responsibility Matrix', category: 'Onus' },
      );
      assert.ok((await vscode.commands.getCommands(true)).includes('onus.showMatrix'));
    });

    test('the status bar counts the unmet customer duties and follows an edit', async () => {
      // Three unencrypted volumes (Terraform, YAML, JSON) and an open SSH port at least.
      const before = await waitFor('a matrix with unmet duties', () => {
        const n = unmet(api);
        return n !== undefined && n >= 4 && api.matrixStatusText() === `Onus: ${n} unmet` ? n : undefined;
      });
      const editor = await open('terraform/main.tf');
      const original = editor.document.getText();
      try {
        assert.ok(await editor.edit((e) => e.insert(new vscode.Position(4, 0), '  encrypted         = true\n')));
        await waitFor(`"Onus: ${before - 1} unmet" after encrypting the volume (now ${api.matrixStatusText()})`, () => api.matrixStatusText() === `Onus: ${before - 1} unmet`);
      } finally {
        await replaceAll(editor.document, original);
      }
      await waitFor(`"Onus: ${before} unmet" again (now ${api.matrixStatusText()})`, () => api.matrixStatusText() === `Onus: ${before} unmet`);
    });

    test('"Onus: Show Responsibility Matrix" opens the panel with the matrix', async () => {
      await vscode.commands.executeCommand('onus.showMatrix');
      await waitFor('the matrix panel to open', () => matrixTab());
      const html = await waitFor('the matrix table in the panel', () => {
        const page = api.matrixPanelHtml();
        return page?.includes('<table>') ? page : undefined;
      });
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*script-src 'nonce-[^']+';">/);
      assert.ok(html.includes(expectedHoverText('<a href="#" data-row="0"><code>AWS::EC2::Volume.DataVolume</code></a>')), html);
      assert.ok(html.includes('<code>aws_ebs_volume.data</code>'), html);
      assert.ok(html.includes('<th scope="col">Data protection</th>'), html);
      const tab = matrixTab();
      if (tab) await vscode.window.tabGroups.close(tab);
      await waitFor('the matrix panel to close', () => matrixTab() === undefined);
    });
  });
}
