/** textDocument/hover: who owns the duty (on a resource type), or the finding's explanation. */
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { hoverAt } from '../index';
import { toHover, toOffset } from './convert';
import { safeRequest } from './safe';
import type { Session } from './session';
import type { OnusConfig } from '../index';

/** One line saying where the configuration in effect came from. */
export function originLine(config: OnusConfig): string {
  const { file, settings } = config.origin;
  const name = file ? `\`${file.split(/[\\/]/).slice(-2).join('/')}\`` : undefined;
  if (name && settings) return `*Configuration: ${name} (wins over VS Code settings \`onus.*\`).*`;
  if (name) return `*Configuration: ${name}.*`;
  if (settings) return '*Configuration: VS Code settings `onus.*`.*';
  return '*Configuration: Onus defaults (no `.onus.yaml` found).*';
}

export async function hover(session: Session, params: HoverParams): Promise<Hover | null> {
  const current = await session.analyze(params.textDocument.uri);
  if (!current) return null;
  const { document, findings } = current.analysis;
  const result = hoverAt(document, findings, toOffset(document, params.position));
  if (!result) return null;
  return toHover(document, { ...result, markdown: `${result.markdown}\n\n${originLine(current.config)}` });
}

export function registerHover(session: Session): void {
  session.connection.onHover(safeRequest<HoverParams, Hover | null>(session.connection, 'textDocument/hover', null, (params) => hover(session, params)));
}
