/**
 * LSP helpers for the hardening tests, on top of test/lsp/client.ts: incremental
 * edits as an editor sends them, and a record of window/logMessage by type
 * (the base client keeps only the text).
 */
import { DidChangeTextDocumentNotification, MessageType, type LogMessageParams } from 'vscode-languageserver/node';
import { TestClient } from '../lsp/client';

export class HardeningClient extends TestClient {
  readonly errorLogs: string[] = [];

  constructor() {
    super();
    // Replaces the base client's handler (one handler per method): keep its behaviour, add the type.
    this.connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      this.logs.push(params.message);
      if (params.type === MessageType.Error) this.errorLogs.push(params.message);
      // Let waitFor() probes that look at the logs re-check (the base client only wakes them on diagnostics).
      (this as unknown as { notify(): void }).notify();
    });
  }

  /** Replaces text[start, end) with `insert` as one incremental didChange; returns the new text. */
  async edit(uri: string, version: number, text: string, start: number, end: number, insert: string): Promise<string> {
    const range = { start: positionAt(text, start), end: positionAt(text, end) };
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: insert }] });
    return text.slice(0, start) + insert + text.slice(end);
  }
}

/**
 * The LSP position of a UTF-16 offset, with LSP's line breaks (`\r\n`, `\r`, `\n`):
 * test/lsp/text.ts's helper counts only `\n`, which is wrong while a CRLF file is half typed.
 */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    } else if (c === 13 && i + 1 === offset) {
      // a lone `\r` at the offset's edge is a line break of its own
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** A small deterministic PRNG (mulberry32): the same seed replays the same session. */
export function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
