/**
 * The extension-host suite: runs inside a real VS Code (code-server via `npm run test:e2e`, or a
 * downloaded desktop build via `npm run test:vscode`) against the extension's real client and
 * server, through the public `vscode` API only. Fixture: test/fixtures/e2e-workspace (a copy).
 */
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  assertRange,
  describe as describeDiagnostics,
  expectedFixPattern,
  expectedHoverText,
  expectedRule,
  fixtureUri,
  hoverText,
  onusDiagnostics,
  open,
  replaceAll,
  ruleOf,
  waitFor,
  waitForDiagnostics,
  withRule,
} from './helpers';

const ebs = 'aws-ebs-encryption';
const ingress = 'aws-security-group-open-ingress';
const tags = 'aws-resource-tags';

const files = {
  terraform: 'terraform/main.tf',
  network: 'terraform/network.tf',
  yaml: 'cloudformation/template.yaml',
  json: 'cloudformation/template.json',
  workflow: '.github/workflows/ci.yml',
};

/** What each kind of fix must leave in the text, per file. */
const repairs: Record<string, Record<string, RegExp>> = {
  [files.terraform]: { [ebs]: /resource "aws_ebs_volume" "data" \{(?:(?!\nresource )[\s\S])*\n {2}encrypted\s*=\s*true\n/, [ingress]: /cidr_blocks\s*=\s*\["203\.0\.113\.0\/24"\]/ },
  [files.yaml]: { [ebs]: /Encrypted:\s*true/ },
  [files.json]: { [ebs]: /"Encrypted"\s*:\s*true/ },
};
const suppressions: Record<string, (rule: string) => RegExp> = {
  [files.terraform]: (rule) => new RegExp(`# onus:ignore ${rule}`),
  [files.yaml]: (rule) => new RegExp(`# onus:ignore ${rule}`),
  [files.json]: (rule) => new RegExp(`"Metadata"[\\s\\S]*"onus"[\\s\\S]*"${rule}"`),
};

export function defineSuite(): void {
  suite('Onus in a real VS Code', function () {
    this.timeout(120_000);

    suiteSetup(async () => {
      const extension = vscode.extensions.getExtension('onus.onus');
      assert.ok(extension, 'extension onus.onus is loaded');
      // Activation is by language: opening the first .tf file activates it.
      await open(files.terraform);
      await waitFor('the extension to activate', () => extension.isActive);
    });

    suiteTeardown(async () => {
      await vscode.workspace.getConfiguration('onus').update('requiredTags', undefined, vscode.ConfigurationTarget.Global);
    });

    test('Terraform: diagnostics with rule ids, ranges and severities', async () => {
      const editor = await open(files.terraform);
      assert.equal(editor.document.languageId, 'terraform');
      const diagnostics = await waitForDiagnostics(editor.document.uri, 'two findings in main.tf', (d) => d.length >= 2);
      assert.deepEqual(diagnostics.map(ruleOf).sort(), [expectedRule(ebs), expectedRule(ingress)].sort(), describeDiagnostics(diagnostics));
      const [volume] = withRule(diagnostics, ebs);
      assertRange(volume, 1, 9, 1, 25); // "aws_ebs_volume"
      assert.equal(volume.severity, vscode.DiagnosticSeverity.Warning); // high → Warning
      assert.match(volume.message, /EBS volume data is not encrypted/);
      const [open22] = withRule(diagnostics, ingress);
      assertRange(open22, 17, 19, 17, 30); // "0.0.0.0/0"
      assert.equal(open22.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(open22.message, /port 22/);
    });

    test('CloudFormation YAML: diagnostics', async () => {
      const editor = await open(files.yaml);
      assert.equal(editor.document.languageId, 'yaml');
      const diagnostics = await waitForDiagnostics(editor.document.uri, 'a finding in template.yaml', (d) => d.length >= 1);
      assert.deepEqual(diagnostics.map(ruleOf), [expectedRule(ebs)]);
      assertRange(diagnostics[0], 4, 10, 4, 26); // AWS::EC2::Volume
      assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
    });

    test('CloudFormation JSON: diagnostics', async () => {
      const editor = await open(files.json);
      assert.equal(editor.document.languageId, 'json');
      const diagnostics = await waitForDiagnostics(editor.document.uri, 'a finding in template.json', (d) => d.length >= 1);
      assert.deepEqual(diagnostics.map(ruleOf), [expectedRule(ebs)]);
      assertRange(diagnostics[0], 4, 14, 4, 32); // "AWS::EC2::Volume"
      assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
    });

    test('a GitHub workflow YAML gets no diagnostics', async () => {
      const workflow = await open(files.workflow);
      assert.equal(workflow.document.languageId, 'yaml');
      // Prove the server has processed the workflow's didOpen: edit a template after it and wait
      // for that edit's diagnostics (messages are handled in order), then look at the workflow.
      const template = await open(files.yaml);
      const original = template.document.getText();
      try {
        assert.ok(await template.edit((e) => e.insert(new vscode.Position(0, 0), '# shifted\n')));
        await waitForDiagnostics(template.document.uri, 'the EBS finding to move down one line', (d) => d.some((x) => x.range.start.line === 5));
        assert.deepEqual(describeDiagnostics(vscode.languages.getDiagnostics(workflow.document.uri)), 'none');
      } finally {
        await replaceAll(template.document, original);
      }
    });

    test('editing: an open ingress typed in appears, and disappears when deleted', async () => {
      const editor = await open(files.network);
      const uri = editor.document.uri;
      const original = editor.document.getText();
      // The server analysed the untouched file: clean.
      await waitFor('network.tf to be analysed', async () => (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(1, 12))).length > 0);
      assert.equal(describeDiagnostics(onusDiagnostics(uri)), 'none');

      const tagsLine = editor.document.lineAt(4);
      assert.match(tagsLine.text, /^ {2}tags = \{/);
      const lines = ['  ingress {', '    from_port   = 3389', '    to_port     = 3389', '    protocol    = "tcp"', '    cidr_blocks = ["0.0.0.0/0"]', '  }', '', ''];
      // Typed line by line, each one its own change, like a person typing.
      for (const [i, line] of lines.entries()) {
        const at = new vscode.Position(4 + i, 0);
        assert.ok(await editor.edit((e) => e.insert(at, i < lines.length - 1 ? `${line}\n` : line), { undoStopBefore: false, undoStopAfter: false }));
      }
      const opened = await waitForDiagnostics(uri, 'the open RDP ingress', (d) => d.length > 0);
      assert.deepEqual(opened.map(ruleOf), [expectedRule(ingress)]);
      assertRange(opened[0], 8, 19, 8, 30);
      assert.match(opened[0].message, /3389/);

      // Delete the block again.
      assert.ok(await editor.edit((e) => e.delete(new vscode.Range(4, 0, 4 + lines.length - 1, 0))));
      assert.equal(editor.document.getText(), original);
      await waitForDiagnostics(uri, 'the ingress finding to go away', (d) => d.length === 0);
    });

    test('hover on a resource type shows the provider/customer split', async () => {
      const editor = await open(files.terraform);
      await waitForDiagnostics(editor.document.uri, 'findings in main.tf', (d) => d.length >= 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(1, 12));
      const text = hoverText(hovers);
      assert.ok(text.includes(expectedHoverText("**The provider's part:**")), text);
      assert.ok(text.includes('**Your part:**'), text);
      assert.match(text, /✗ .*not met/);
      assert.ok(text.includes('`aws_ebs_volume`'), text);
    });

    test('hover on a finding shows its owner', async () => {
      const editor = await open(files.terraform);
      await waitForDiagnostics(editor.document.uri, 'findings in main.tf', (d) => d.length >= 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(17, 22));
      const text = hoverText(hovers);
      assert.ok(text.includes(expectedHoverText('**Owner:** you (the customer)')), text);
      assert.ok(text.includes(`\`${ingress}\``), text);
    });

    for (const file of [files.terraform, files.yaml, files.json]) {
      test(`quick fixes in ${file}: each one applied removes its finding`, async () => {
        const editor = await open(file);
        const document = editor.document;
        const original = document.getText();
        const before = await waitForDiagnostics(document.uri, `findings in ${file}`, (d) => d.length >= 1);
        let applied = 0;
        try {
          for (const target of before) {
            const rule = ruleOf(target) ?? '';
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
            // Onus's fixes carry edits (VS Code's own chat actions "Fix"/"Explain" carry only commands).
            const mine = actions.filter((a) => a.edit !== undefined && a.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(a.kind));
            assert.ok(mine.length >= 2, `a repair and a suppression for ${rule}: got ${actions.map((a) => a.title).join(' | ')}`);
            assert.ok(mine[0].isPreferred, `the first fix for ${rule} is preferred: ${mine[0].title}`);
            for (const action of mine) {
              assert.ok(action.edit, `${action.title} carries an edit`);
              assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title} applied`);
              if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
              const text = document.getText();
              const suppress = /^Suppress/i.test(action.title);
              const pattern = suppress ? suppressions[file](rule) : repairs[file][rule];
              assert.ok(pattern, `an expectation for "${action.title}" in ${file}`);
              assert.match(text, expectedFixPattern(pattern), `text after "${action.title}":\n${text}`);
              await waitForDiagnostics(document.uri, `"${action.title}" to remove the ${rule} finding`, (d) => !d.some((x) => ruleOf(x) === rule && x.message === target.message));
              // Back to the original for the next fix.
              await replaceAll(document, original);
              await waitForDiagnostics(document.uri, `the ${rule} finding to return`, (d) => d.some((x) => ruleOf(x) === rule && x.message === target.message));
              applied++;
            }
          }
        } finally {
          if (document.getText() !== original) await replaceAll(document, original);
        }
        assert.ok(applied >= before.length * 2, `applied ${applied} fixes`);
      });
    }

    test('the command "Onus: Fix all in file" applies the unambiguous repairs only', async () => {
      const editor = await open(files.terraform);
      const document = editor.document;
      const original = document.getText();
      await waitForDiagnostics(document.uri, 'findings in main.tf', (d) => withRule(d, ebs).length === 1 && withRule(d, ingress).length === 1);
      try {
        await vscode.commands.executeCommand('onus.fixAllInFile');
        await waitFor('fix all to encrypt the volume', () => /\n {2}encrypted\s*=\s*true\n/.test(document.getText()));
        const after = await waitForDiagnostics(document.uri, 'the EBS finding to go', (d) => withRule(d, ebs).length === 0);
        // Narrowing a CIDR needs the user's network: fix all never guesses it.
        assert.equal(withRule(after, ingress).length, 1, describeDiagnostics(after));
        assert.match(document.getText(), /cidr_blocks = \["0\.0\.0\.0\/0"\]/);
      } finally {
        if (document.getText() !== original) await replaceAll(document, original);
      }
    });

    test('settings: onus.requiredTags changes the diagnostics', async () => {
      const editor = await open(files.terraform);
      const uri = editor.document.uri;
      await waitForDiagnostics(uri, 'findings in main.tf', (d) => d.length >= 2);
      assert.equal(withRule(onusDiagnostics(uri), tags).length, 0, 'no tag findings with the default settings');
      const config = vscode.workspace.getConfiguration('onus');
      await config.update('requiredTags', ['Owner', 'CostCenter'], vscode.ConfigurationTarget.Global);
      const tagged = await waitForDiagnostics(uri, 'tag findings for the required keys', (d) => withRule(d, tags).length >= 2);
      const missing = withRule(tagged, expectedRule(tags));
      assert.equal(missing.length, 2, describeDiagnostics(tagged));
      for (const d of missing) assert.match(d.message, /Owner/);
      await config.update('requiredTags', undefined, vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(uri, 'tag findings to go away with the setting reset', (d) => withRule(d, tags).length === 0);
    });

    test('the fixture is untouched on disk (fixes were applied to buffers only)', async () => {
      const bytes = await vscode.workspace.fs.readFile(fixtureUri(files.terraform));
      assert.match(Buffer.from(bytes).toString('utf8'), /cidr_blocks = \["0\.0\.0\.0\/0"\]/);
    });
  });
}
