/**
 * Module values through the language server: editing a variable's default in
 * the open variables.tf re-analyses the open main.tf with the new value, and a
 * hover on an expression shows its evaluated value.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HoverRequest, type MarkupContent } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { inside, messageText, rangeOf } from './text';

const main = `resource "aws_security_group" "web" {
  description = "\${local.prefix}-web"
  tags        = { Owner = "me" }
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}
`;

const locals = 'locals {\n  prefix = upper(var.env)\n}\n';
const variables = (cidr: string) => `variable "admin_cidr" {\n  default = "${cidr}"\n}\n\nvariable "env" {\n  default = "prod"\n}\n`;

describe('Terraform module values over LSP', () => {
  let client: TestClient;
  let mainUri: string;
  let variablesUri: string;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    mainUri = client.uri('main.tf');
    variablesUri = client.uri('variables.tf');
    await client.open(client.uri('locals.tf'), locals);
    await client.open(variablesUri, variables('10.0.0.0/8'));
    await client.open(mainUri, main);
  });
  after(() => client.shutdown());

  test("editing a variable's default in variables.tf changes the diagnostic in the open main.tf", async () => {
    const before = await client.diagnosticsAt(mainUri, 1);
    assert.deepEqual(before.filter((d) => d.code === 'aws-security-group-open-ingress'), []);
    const from = client.published.length;
    await client.change(variablesUri, 2, variables('0.0.0.0/0'));
    const published = await client.waitForDiagnostics(mainUri, (p) => p.diagnostics.some((d) => d.code === 'aws-security-group-open-ingress'), from);
    const open = published.diagnostics.filter((d) => d.code === 'aws-security-group-open-ingress');
    assert.deepEqual(open.map((d) => d.range), [rangeOf(main, 'var.admin_cidr')]);
    assert.match(messageText(open[0].message), /Administration port 22 .* open to 0\.0\.0\.0\/0/);

    const back = client.published.length;
    await client.change(variablesUri, 3, variables('10.1.0.0/16'));
    const cleared = await client.waitForDiagnostics(mainUri, (p) => !p.diagnostics.some((d) => d.code === 'aws-security-group-open-ingress'), back);
    assert.deepEqual(cleared.diagnostics.filter((d) => d.code === 'aws-security-group-open-ingress'), []);
  });

  test('hover on an expression shows its evaluated value', async () => {
    const range = rangeOf(main, '"${local.prefix}-web"');
    const position = { line: range.start.line, character: range.start.character + 3 };
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: mainUri }, position });
    assert.ok(hover, 'a hover is returned');
    assert.match((hover.contents as MarkupContent).value, /"PROD-web"/);
    assert.ok(hover.range && inside(hover.range, position));
  });
});
