/** textDocument/hover: who owns the duty (on a resource type), or the finding's explanation. */
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { hoverAt } from '../index';
import { toHover, toOffset } from './convert';
import { safeRequest } from './safe';
import type { Session } from './session';

export async function hover(session: Session, params: HoverParams): Promise<Hover | null> {
  const current = await session.analyze(params.textDocument.uri);
  if (!current) return null;
  const { document, findings } = current.analysis;
  const result = hoverAt(document, findings, toOffset(document, params.position));
  return result ? toHover(document, result) : null;
}

export function registerHover(session: Session): void {
  session.connection.onHover(safeRequest<HoverParams, Hover | null>(session.connection, 'textDocument/hover', null, (params) => hover(session, params)));
}
