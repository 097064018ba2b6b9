/**
 * Typing replay: real files typed into the real LSP server (dist/server.js over
 * stdio) as a person types — chunks of 1–8 characters, typos deleted, undo of
 * the last chunk — as incremental didChange notifications in bursts. After each
 * burst the server must publish diagnostics for the burst's final version; at the
 * end the server is alive, logged no error, and the final diagnostics match a
 * fresh open of the same text.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { corpusSample, realSkip, type Sample } from './inputs';
import { HardeningClient, random } from './lsp-session';

const files = corpusSample(10, 5_000);

function languageId(name: string): string {
  return name.endsWith('.tf') ? 'terraform' : name.endsWith('.json') ? 'json' : 'yaml';
}

/** Types `sample` into an empty buffer; returns the number of edits sent. */
async function replay(client: HardeningClient, sample: Sample, seed: number): Promise<number> {
  const next = random(seed);
  const uri = client.uri(`${seed}-${sample.name.replace(/[\\/]/g, '_')}`);
  const target = sample.text;
  let text = '';
  let version = 1;
  let edits = 0;
  await client.open(uri, text, languageId(sample.name), version);
  while (text !== target) {
    const burst = 1 + next(24);
    for (let i = 0; i < burst && text !== target; i++) {
      // text is always a prefix of target here: type the next chunk
      const chunk = target.slice(text.length, text.length + 1 + next(8));
      const roll = next(100);
      version++;
      edits++;
      if (roll < 8) {
        // a typo, then backspace over it
        const typo = '}{"$<=\n#'.charAt(next(8)).repeat(1 + next(3));
        text = await client.edit(uri, version, text, text.length, text.length, typo);
        version++;
        edits++;
        text = await client.edit(uri, version, text, text.length - typo.length, text.length, '');
      } else if (roll < 14 && text.length > 0) {
        // undo: remove the last 1–8 characters typed, then type them again
        const back = Math.min(text.length, 1 + next(8));
        const removed = text.slice(text.length - back);
        text = await client.edit(uri, version, text, text.length - back, text.length, '');
        version++;
        edits++;
        text = await client.edit(uri, version, text, text.length, text.length, removed);
      } else {
        text = await client.edit(uri, version, text, text.length, text.length, chunk);
      }
    }
    const finalVersion = version;
    await client.waitForDiagnostics(uri, (p) => p.version === finalVersion);
  }
  assert.equal(text, target);
  // The incrementally built buffer must be analysed exactly like the file opened whole.
  const typed = await client.diagnosticsAt(uri, version);
  const fresh = client.uri(`fresh-${seed}-${sample.name.replace(/[\\/]/g, '_')}`);
  await client.open(fresh, target, languageId(sample.name));
  const whole = await client.diagnosticsAt(fresh, 1);
  const shape = (ds: typeof typed) => ds.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
  assert.deepEqual(shape(typed), shape(whole), `${sample.name}: typed and opened diagnostics differ`);
  await client.close(uri);
  await client.close(fresh);
  return edits;
}

describe('typing replay through the LSP server', { skip: realSkip }, () => {
  let client: HardeningClient;
  before(async () => {
    client = new HardeningClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  test(`${files.length} real files typed as a person types: no crash, no error logged, diagnostics for every burst`, { timeout: 55_000 }, async () => {
    assert.ok(files.length >= 10, `sampled ${files.length} files`);
    let edits = 0;
    for (const [i, sample] of files.entries()) edits += await replay(client, sample, 1000 + i);
    assert.ok(client.alive, 'the server is alive');
    assert.deepEqual(client.errorLogs, [], 'no error was logged');
    assert.ok(edits > 1000, `${edits} edits sent`);
  });
});
