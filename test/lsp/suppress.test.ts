/** Over the protocol: an unused suppression is a Hint (tagged unnecessary) whose quick fix removes only its comment. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CodeActionKind, CodeActionRequest, DiagnosticSeverity, DiagnosticTag, type CodeAction } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from './client';
import { rangeOf } from './text';

const text = `# onus:ignore aws-resource-tags -- not needed
resource "aws_ebs_volume" "data" {
  size      = 40
  encrypted = true # onus:ignore aws-ebs-encryption -- checked
  tags      = { Name = "data" }
}
`;

describe('unused suppression', () => {
  let client: TestClient;
  let uri: string;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    uri = client.uri('main.tf');
  });
  after(() => client.shutdown());

  test('each unused directive is a Hint on its comment, tagged unnecessary', async () => {
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range]),
      [
        ['onus-unused-suppression', DiagnosticSeverity.Hint, rangeOf(text, '# onus:ignore aws-resource-tags -- not needed')],
        ['onus-unused-suppression', DiagnosticSeverity.Hint, rangeOf(text, '# onus:ignore aws-ebs-encryption -- checked')],
      ],
    );
    assert.deepEqual(diagnostics[0].tags, [DiagnosticTag.Unnecessary]);
  });

  test('the quick fix removes that comment only, and the file re-analyses clean', async () => {
    const diagnostics = await client.diagnosticsAt(uri, 1);
    const result = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[1].range,
      context: { diagnostics: [diagnostics[1]], only: [CodeActionKind.QuickFix] },
    })) as CodeAction[];
    assert.equal(result.length, 1);
    assert.equal(result[0].title, 'Remove unused suppression comment');
    assert.equal(result[0].isPreferred, true);
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'terraform', 1, text), result[0].edit!.changes![uri]);
    assert.equal(fixed, text.replace(' # onus:ignore aws-ebs-encryption -- checked', ''));
    await client.change(uri, 2, fixed);
    const after = await client.diagnosticsAt(uri, 2);
    assert.deepEqual(after.map((d) => d.code), ['onus-unused-suppression']);
  });
});
