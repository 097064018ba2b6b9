/**
 * textDocument/codeAction:
 * - quick fixes: every fix of every finding that overlaps the requested range,
 *   rendered for the document's syntax. Repairs first (the preferred one on
 *   top), suppressions last; unused suppressions offer their removal.
 * - `source.fixAll.onus` (and `source.fixAll`): one action with every
 *   unambiguous repair of the file (engine `fixAll`: re-analysed round by
 *   round, re-parsed, placeholders never inserted), as one edit.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import { fixAll, renderFix, type RenderedFix } from '../index';
import { findingDiagnostic, toCodeAction, toOffset, toRange } from './convert';
import { safeRequest } from './safe';
import type { Session } from './session';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.onus`;

function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((k) => k === CodeActionKind.Empty || k === kind || kind.startsWith(`${k}.`));
}

function rank(action: CodeAction, suppress: boolean): number {
  if (suppress) return 2;
  return action.isPreferred ? 0 : 1;
}

async function quickFixes(session: Session, params: CodeActionParams): Promise<CodeAction[]> {
  const current = await session.analyze(params.textDocument.uri);
  if (!current) return [];
  const { document, findings } = current.analysis;
  const start = toOffset(document, params.range.start);
  const end = toOffset(document, params.range.end);
  const ranked: { action: CodeAction; rank: number; order: number }[] = [];
  for (const finding of findings) {
    if (finding.span.start > end || finding.span.end < start) continue;
    const diagnostic = findingDiagnostic(finding);
    const rendered: RenderedFix[] = [...(finding.textFixes ?? [])];
    for (const fix of finding.fixes) {
      const r = renderFix(document, fix);
      if (r) rendered.push(r);
    }
    for (const r of rendered) {
      if (r.edits.length === 0) continue;
      const action = toCodeAction(document, diagnostic, r);
      ranked.push({ action, rank: rank(action, r.kind === 'suppress'), order: ranked.length });
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.action);
}

/** The Fix-all action of a document, or undefined when nothing can be fixed. */
export async function fixAllAction(session: Session, uri: string): Promise<CodeAction | undefined> {
  const current = await session.analyze(uri);
  if (!current || current.analysis.findings.length === 0) return undefined;
  const { document, unit } = current.analysis;
  const result = fixAll(uri, document.text, { config: current.config, rules: session.rules, unit });
  if (result.applied.length === 0 || result.text === document.text) return undefined;
  const whole = toRange(document, { start: 0, end: document.text.length });
  return {
    title: `Onus: fix all (${result.applied.length} ${result.applied.length === 1 ? 'fix' : 'fixes'})`,
    kind: fixAllKind,
    edit: { changes: { [uri]: [{ range: whole, newText: result.text }] } },
  };
}

export async function codeActions(session: Session, params: CodeActionParams): Promise<CodeAction[]> {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) actions.push(...(await quickFixes(session, params)));
  // Fix-all only when asked for (on save, or the command): computing it re-analyses the file.
  if (only && only.length > 0 && wants(only, fixAllKind)) {
    const all = await fixAllAction(session, params.textDocument.uri);
    if (all) actions.push(all);
  }
  return actions;
}

export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction(safeRequest(session.connection, 'textDocument/codeAction', [], (params: CodeActionParams) => codeActions(session, params)));
}
