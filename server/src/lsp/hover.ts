/** textDocument/hover: who owns the duty (on a resource type), or the finding's explanation. */
import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { allRules, enabledRules, hoverAt, ruleNames, type Finding } from '../index';
import { toHover, toOffset } from './convert';
import { safeRequest } from './safe';
import type { Session } from './session';
import type { OnusConfig } from '../index';

/** One line saying where the configuration in effect came from (and that it changed a finding's severity). */
export function originLine(config: OnusConfig, findings: readonly Finding[] = []): string {
  const { file, settings } = config.origin;
  const name = file ? `\`${file.split(/[\\/]/).slice(-2).join('/')}\`` : undefined;
  // Severities are set only in the config file (settings do not mirror `rules:` or `severity:`).
  const changed = findings.find((f) => {
    const rule = allRules.find((r) => r.meta.id === f.ruleId);
    if (!rule) return false;
    const names = ruleNames(rule).map((n) => n.toLowerCase());
    const perRule = Object.entries(config.rules).some(([k, v]) => names.includes(k.toLowerCase()) && v !== 'on' && v !== 'off');
    return perRule || config.dutySeverity[f.duty] !== undefined;
  });
  if (changed && name) return `*Configuration: ${name} (severity of \`${changed.ruleId}\` set to ${changed.severity} there${settings ? '; it wins over VS Code settings `onus.*`' : ''}).*`;
  if (name && settings) return `*Configuration: ${name} (wins over VS Code settings \`onus.*\`).*`;
  if (name) return `*Configuration: ${name}.*`;
  if (settings) return '*Configuration: VS Code settings `onus.*`.*';
  return '*Configuration: Onus defaults (no `.onus.yaml` found).*';
}

export async function hover(session: Session, params: HoverParams): Promise<Hover | null> {
  const current = await session.analyze(params.textDocument.uri);
  if (!current) return null;
  const { document, findings } = current.analysis;
  const result = hoverAt(document, findings, toOffset(document, params.position), enabledRules(session.rules, current.config));
  if (!result) return null;
  const offset = toOffset(document, params.position);
  const here = findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  return toHover(document, { ...result, markdown: `${result.markdown}\n\n${originLine(current.config, here)}` });
}

export function registerHover(session: Session): void {
  session.connection.onHover(safeRequest<HoverParams, Hover | null>(session.connection, 'textDocument/hover', null, (params) => hover(session, params)));
}
