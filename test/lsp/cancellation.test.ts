/**
 * $/cancelRequest is honoured: a hover or code action cancelled before the
 * server got to it answers RequestCancelled (-32800) instead of doing the
 * work; the same request, not cancelled, is answered; the server keeps serving.
 * The cancellation reaches the server while it is busy analysing a large
 * change, so it is queued behind the request, as in a real editor.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, CodeActionKind, CodeActionRequest, HoverRequest, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { TestClient } from './client';
import { terraform } from './fixtures';
import { rangeOf } from './text';

/** The fixture, then many more resources so that one analysis keeps the server busy for a while. */
const big = terraform + Array.from({ length: 3_000 }, (_, i) => `resource "aws_ebs_volume" "filler${i}" {\n  size = ${i + 1}\n  tags = { Name = "f${i}" }\n}\n`).join('\n');

describe('request cancellation over LSP', () => {
  let client: TestClient;
  let uri: string;
  let version = 1;
  before(async () => {
    client = new TestClient();
    await client.initialize();
    uri = client.uri('main.tf');
    await client.open(uri, big);
    await client.diagnosticsAt(uri, 1);
  });
  after(() => client.shutdown());

  /**
   * Sends a change (the server starts analysing), then the request and at once its cancellation.
   * Whether the cancellation arrives before the server starts the request depends on the OS's
   * pipe timing, so the interaction is tried up to 5 times; the assertion on the answer is not.
   */
  async function cancelledWhileBusy<R>(send: (token: CancellationTokenSource['token']) => Promise<R>): Promise<unknown> {
    let outcome: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      await client.change(uri, ++version, `${big}\n# ${version}\n`);
      const source = new CancellationTokenSource();
      const answer = send(source.token);
      source.cancel();
      outcome = await answer.then(
        (value) => ({ value }),
        (error: unknown) => error,
      );
      if (outcome instanceof ResponseError) return outcome;
    }
    return outcome;
  }

  const volume = rangeOf(big, 'aws_ebs_volume').start;
  const hoverParams = () => ({ textDocument: { uri }, position: { line: volume.line, character: volume.character + 2 } });

  test('a cancelled hover answers RequestCancelled; the same hover, not cancelled, is answered', async () => {
    const outcome = await cancelledWhileBusy((token) => client.connection.sendRequest(HoverRequest.type, hoverParams(), token));
    assert.ok(outcome instanceof ResponseError, `expected an error, got ${JSON.stringify(outcome)}`);
    assert.equal(outcome.code, LSPErrorCodes.RequestCancelled);
    const hover = await client.connection.sendRequest(HoverRequest.type, hoverParams());
    assert.ok(hover && JSON.stringify(hover.contents).includes('aws_ebs_volume'), 'the uncancelled hover has content');
  });

  test('a cancelled code action answers RequestCancelled; the server keeps answering', async () => {
    const diagnostics = await client.diagnosticsAt(uri, version);
    const diagnostic = diagnostics.find((d) => d.code === 'aws-ebs-encryption');
    assert.ok(diagnostic);
    const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] } };
    const outcome = await cancelledWhileBusy((token) => client.connection.sendRequest(CodeActionRequest.type, params, token));
    assert.ok(outcome instanceof ResponseError, `expected an error, got ${JSON.stringify(outcome)}`);
    assert.equal(outcome.code, LSPErrorCodes.RequestCancelled);
    await client.diagnosticsAt(uri, version);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, params);
    assert.ok(actions && actions.length > 0, 'the uncancelled code action is answered');
  });
});
