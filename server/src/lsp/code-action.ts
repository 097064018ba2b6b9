/**
 * textDocument/codeAction: every fix of every finding that overlaps the
 * requested range, rendered for the document's syntax. Repairs first (the
 * preferred one on top), suppressions last.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import { renderFix } from '../index';
import { findingDiagnostic, toCodeAction, toOffset } from './convert';
import { safeRequest } from './safe';
import type { Session } from './session';

function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}

function rank(action: CodeAction, suppress: boolean): number {
  if (suppress) return 2;
  return action.isPreferred ? 0 : 1;
}

export async function codeActions(session: Session, params: CodeActionParams): Promise<CodeAction[]> {
  if (!wantsQuickFixes(params.context.only)) return [];
  const current = await session.analyze(params.textDocument.uri);
  if (!current) return [];
  const { document, findings } = current.analysis;
  const start = toOffset(document, params.range.start);
  const end = toOffset(document, params.range.end);
  const ranked: { action: CodeAction; rank: number; order: number }[] = [];
  for (const finding of findings) {
    if (finding.span.start > end || finding.span.end < start) continue;
    const diagnostic = findingDiagnostic(finding);
    for (const fix of finding.fixes) {
      const rendered = renderFix(document, fix);
      if (!rendered || rendered.edits.length === 0) continue;
      const action = toCodeAction(document, diagnostic, rendered);
      ranked.push({ action, rank: rank(action, rendered.kind === 'suppress'), order: ranked.length });
    }
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.action);
}

export function registerCodeActions(session: Session): void {
  session.connection.onCodeAction(safeRequest(session.connection, 'textDocument/codeAction', [], (params: CodeActionParams) => codeActions(session, params)));
}
