/**
 * Terraform over the protocol: diagnostics with exact ranges, the quick fix
 * applied by the test and re-checked, hover on a resource type, and a new
 * finding appearing as an SSH ingress is typed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  CodeActionRequest,
  DiagnosticSeverity,
  HoverRequest,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type Range,
} from 'vscode-languageserver/node';
import { TestClient } from './client';
import { terraform, terraformWithSsh } from './fixtures';
import { inside, rangeOf } from './text';

const severities: Record<string, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Warning,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

function summary(diagnostics: Diagnostic[]): { code: unknown; range: Range }[] {
  return diagnostics.map((d) => ({ code: d.code, range: d.range }));
}

async function actionsAt(client: TestClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const result = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
  });
  return (result ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

function applyAction(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `action "${action.title}" has edits for the document`);
  return TextDocument.applyEdits(TextDocument.create(uri, 'terraform', 0, text), edits);
}

describe('Terraform document', () => {
  let client: TestClient;
  let uri: string;
  /** The document text as the server has it. */
  let text = terraform;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    uri = client.uri('main.tf');
  });
  after(() => client.shutdown());

  test('publishes an unencrypted EBS volume and an open security group, with exact ranges', async () => {
    await client.open(uri, terraform);
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(summary(diagnostics), [
      { code: 'aws-ebs-encryption', range: rangeOf(terraform, '"aws_ebs_volume"') },
      { code: 'aws-security-group-open-ingress', range: rangeOf(terraform, '"0.0.0.0/0"') },
    ]);
    for (const d of diagnostics) {
      assert.equal(d.source, 'onus');
      const data = d.data as { ruleId: string; severity: string; resource: string };
      assert.equal(data.ruleId, d.code);
      assert.equal(d.severity, severities[data.severity]);
      assert.equal(d.codeDescription?.href, `https://github.com/onus-dev/onus/blob/main/rules/${String(d.code).split('-')[0]}/${d.code}/README.md`);
    }
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Warning, 'EBS encryption is high → Warning');
    assert.equal((diagnostics[0].data as { resource: string }).resource, 'aws_ebs_volume.data');
    assert.equal(diagnostics[1].severity, DiagnosticSeverity.Information, 'port 443 open to the world is low → Information');
  });

  test('hover on the resource type explains the responsibility split', async () => {
    const position = { line: 0, character: 14 };
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.ok(hover, 'a hover is returned');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, MarkupKind.Markdown);
    assert.match(contents.value, /aws_ebs_volume/);
    assert.ok(hover.range && inside(hover.range, position), 'the hover range covers the hovered position');
  });

  test('the preferred quick fix encrypts the volume; the finding is gone after the edit', async () => {
    const diagnostics = await client.diagnosticsAt(uri, 1);
    const ebs = diagnostics.find((d) => d.code === 'aws-ebs-encryption')!;
    const actions = await actionsAt(client, uri, ebs);
    assert.ok(actions.length >= 1, 'at least one action');
    for (const a of actions) {
      assert.equal(a.kind, CodeActionKind.QuickFix);
      assert.deepEqual(a.diagnostics?.map((d) => d.code), ['aws-ebs-encryption']);
    }
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, 'exactly one preferred fix');
    assert.equal(actions[0], preferred[0], 'the preferred fix comes first');
    const suppress = actions.filter((a) => /suppress/i.test(a.title));
    for (const s of suppress) assert.notEqual(s.isPreferred, true, 'suppressions are never preferred');

    const fixed = applyAction(uri, text, preferred[0]);
    assert.match(fixed, /encrypted\s*=\s*true/);
    text = fixed;
    await client.change(uri, 2, text);
    const after = await client.diagnosticsAt(uri, 2);
    assert.deepEqual(summary(after), [{ code: 'aws-security-group-open-ingress', range: rangeOf(text, '"0.0.0.0/0"') }]);
  });

  test('the open-ingress fix selects its placeholder through onus.selectRange', async () => {
    const current = await client.diagnosticsAt(uri, 2);
    const sg = current.find((d) => d.code === 'aws-security-group-open-ingress')!;
    const actions = await actionsAt(client, uri, sg);
    const withCommand = actions.filter((a) => a.command);
    assert.ok(withCommand.length >= 1, 'a fix with a placeholder carries a selection command');
    for (const action of withCommand) {
      assert.equal(action.command!.command, 'onus.selectRange');
      const [target, range] = action.command!.arguments as [string, Range];
      assert.equal(target, uri);
      const after = TextDocument.create(uri, 'terraform', 0, applyAction(uri, text, action));
      const selected = after.getText(range);
      assert.ok(selected.length > 0, 'the selection is not empty');
      assert.ok(action.edit!.changes![uri].some((e) => e.newText.includes(selected)), `selected text "${selected}" comes from the fix`);
    }
  });

  test('typing an SSH ingress open to the world adds a high finding on its CIDR', async () => {
    await client.change(uri, 3, terraformWithSsh);
    const diagnostics = await client.diagnosticsAt(uri, 3);
    assert.deepEqual(summary(diagnostics), [
      { code: 'aws-ebs-encryption', range: rangeOf(terraformWithSsh, '"aws_ebs_volume"') },
      { code: 'aws-security-group-open-ingress', range: rangeOf(terraformWithSsh, '"0.0.0.0/0"', 0) },
      { code: 'aws-security-group-open-ingress', range: rangeOf(terraformWithSsh, '"0.0.0.0/0"', 1) },
    ]);
    assert.equal(diagnostics[2].severity, DiagnosticSeverity.Warning, 'SSH open to the world is high → Warning');
  });

  test('closing the document clears its diagnostics', async () => {
    const from = client.published.length;
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, () => true, from);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
