/**
 * Helpers for the extension-host suite: condition waits (never fixed sleeps), diagnostic lookups,
 * and the switches that deliberately break an expectation (ONUS_E2E_BREAK) to prove the harness fails.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';

/**
 * Options of a run: the environment (@vscode/test-electron passes `extensionTestsEnv`), or
 * `e2e-options.json` next to the workspace folder (code-server's extension host does not inherit the
 * launcher's environment, so the code-server launcher writes that file into its temporary folder).
 */
function options(): Record<string, string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder?.uri.scheme === 'file') {
    const file = join(dirname(folder.uri.fsPath), 'e2e-options.json');
    if (existsSync(file)) return { ...process.env, ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) };
  }
  return process.env;
}
export const e2eOptions = options();

/** Upper bound for one wait; the server answers in milliseconds, the first start takes a few seconds. */
export const waitTimeoutMs = Number(e2eOptions.ONUS_E2E_WAIT_MS || 30_000);

/** `ONUS_E2E_BREAK=rule,hover,fix` makes the suite expect something wrong (harness self-test). */
const broken = new Set((e2eOptions.ONUS_E2E_BREAK ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** The rule id the suite expects; a wrong one when ONUS_E2E_BREAK contains `rule`. */
export function expectedRule(id: string): string {
  return broken.has('rule') ? `${id}-broken-on-purpose` : id;
}

/** Text the suite expects in a hover; a wrong one when ONUS_E2E_BREAK contains `hover`. */
export function expectedHoverText(text: string): string {
  return broken.has('hover') ? `${text} (broken on purpose)` : text;
}

/** What the suite expects in the text after a fix; something absent when ONUS_E2E_BREAK contains `fix`. */
export function expectedFixPattern(pattern: RegExp): RegExp {
  return broken.has('fix') ? /broken on purpose/ : pattern;
}

/** Polls `probe` until it returns something other than undefined/false, or fails with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = waitTimeoutMs): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The folder of the fixture workspace (`test/fixtures/e2e-workspace`, copied by the launcher). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher must open the fixture workspace as a folder');
  return folder.uri;
}

export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The rule id of a diagnostic (`code` is `{ value, target }` when the server sends a docs link). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export function onusDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'onus');
}

/** Waits until the Onus diagnostics of `uri` satisfy `predicate`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, predicate: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} (${vscode.workspace.asRelativePath(uri)}; now: ${describe(onusDiagnostics(uri))})`, () => {
    const diagnostics = onusDiagnostics(uri);
    return predicate(diagnostics) ? diagnostics : undefined;
  });
}

export function withRule(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => ruleOf(d) === rule);
}

export function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics.map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).join(', ');
}

export function assertRange(diagnostic: vscode.Diagnostic, startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
  const r = diagnostic.range;
  assert.deepEqual(
    [r.start.line, r.start.character, r.end.line, r.end.character],
    [startLine, startCharacter, endLine, endCharacter],
    `range of ${ruleOf(diagnostic)}: ${diagnostic.message}`,
  );
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Replaces the whole text of `document` (used to restore a fixture after a fix). */
export async function replaceAll(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'restoring the document failed');
}
