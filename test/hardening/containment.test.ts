/**
 * Containment: a rule that throws is isolated (an `internal-error` finding,
 * the other rules still report), the LSP server keeps answering after a
 * handler error, and pathological documents opened in the editor neither take
 * the server down nor go unanswered.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, HoverRequest } from 'vscode-languageserver/node';
import { allRules, analyzeDocument, parseDocument, type Rule } from '../../server/src/index';
import { cloudFormationYaml, terraform } from '../lsp/fixtures';
import { messageText } from '../lsp/text';
import { config } from './inputs';
import { HardeningClient } from './lsp-session';

function throwing(rule: Rule): Rule {
  const boom = () => {
    throw new Error('boom from a broken rule');
  };
  return {
    ...rule,
    terraform: rule.terraform && { ...rule.terraform, check: boom },
    cloudformation: rule.cloudformation && { ...rule.cloudformation, check: boom },
  };
}

describe('containment in the engine', () => {
  for (const [name, text] of [
    ['main.tf', terraform],
    ['template.yaml', cloudFormationYaml],
  ] as const) {
    test(`${name}: a throwing rule becomes one internal-error finding per resource; the other rules still report`, () => {
      const document = parseDocument(name, text, config);
      const healthy = analyzeDocument(document, { config, rules: allRules });
      const broken = allRules.find((r) => healthy.some((f) => f.ruleId === r.meta.id));
      assert.ok(broken, 'some rule reports on the fixture');
      const rules = allRules.map((r) => (r === broken ? throwing(r) : r));
      const findings = analyzeDocument(document, { config, rules });
      const crashes = findings.filter((f) => f.messageId === 'internal-error');
      assert.ok(crashes.length >= 1);
      assert.ok(crashes.every((f) => f.ruleId === broken.meta.id && /boom from a broken rule/.test(f.message)));
      const others = (fs: typeof findings) => fs.filter((f) => f.ruleId !== broken.meta.id).map((f) => `${f.ruleId}@${f.span.start}`);
      assert.deepEqual(others(findings), others(healthy), 'the other rules report exactly as before');
    });
  }
});

describe('containment in the LSP server', () => {
  let client: HardeningClient;
  before(async () => {
    client = new HardeningClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  let probes = 0;
  async function stillAnswers(): Promise<void> {
    const uri = client.uri(`probe-${probes++}.yaml`);
    await client.open(uri, cloudFormationYaml, 'yaml');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.ok(diagnostics.length > 0);
    assert.ok(client.alive);
  }

  test('a request whose handler throws answers a neutral result, logs the error, and the server keeps answering', async () => {
    const uri = client.uri('main.tf');
    await client.open(uri, terraform);
    await client.diagnosticsAt(uri, 1);
    const before = client.errorLogs.length;
    const malformed = { textDocument: { uri }, position: null } as unknown as Parameters<typeof client.connection.sendRequest>[1];
    const hover = await client.connection.sendRequest(HoverRequest.type, malformed as never);
    assert.equal(hover, null);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: null, context: null } as never);
    assert.deepEqual(actions, []);
    assert.ok(client.errorLogs.length > before, 'the handler error was logged');
    await stillAnswers();
  });

  test('a 50 MB file is skipped with one message naming the limit', { timeout: 50_000 }, async () => {
    const uri = client.uri('huge.tf');
    await client.open(uri, '# filler\n'.repeat(Math.ceil((50 * 2 ** 20) / 9)));
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.equal(diagnostics.length, 1);
    assert.match(messageText(diagnostics[0].message), /larger than the 5\.0 MB limit/);
    await client.close(uri);
    await stillAnswers();
  });

  test('100,000 nested brackets: a syntax error, and the server keeps answering', async () => {
    const uri = client.uri('nested.tf');
    await client.open(uri, `a = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.ok(diagnostics.some((d) => /too deeply nested/.test(messageText(d.message))));
    await client.close(uri);
    await stillAnswers();
  });

  test('a CloudFormation JSON template nested 100,000 deep does not take the server down', async () => {
    const uri = client.uri('deep.json');
    await client.open(uri, `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}}`, 'json');
    const diagnostics = await client.diagnosticsAt(uri, 1);
    assert.equal(diagnostics.length, 1);
    assert.match(messageText(diagnostics[0].message), /nested more than 1000 levels deep/);
    await client.close(uri);
    await stillAnswers();
  });

  test('no error was logged except by the deliberately malformed requests', () => {
    const unexpected = client.errorLogs.filter((m) => !/textDocument\/(hover|codeAction) failed/.test(m));
    assert.deepEqual(unexpected, []);
    assert.ok(client.alive);
  });
});
