/**
 * Peers' suppression comments that users already have in their code, read so
 * that moving to Onus does not resurrect every accepted exception (see
 * ../shared/notes/peers.md). They match Onus rules through the rules' aliases.
 *
 * Deliberately not honoured: tfsec/Trivy `:ws:` (Onus does not know the
 * workspace) and `[attr=value]` conditions — honouring them unconditionally
 * would suppress more than the author asked for.
 */
export type PeerSource = 'checkov' | 'tfsec' | 'trivy' | 'kics';

/** Where a comment suppression applies, before it is resolved against the document. */
export type Placement =
  /** The resource below (when in its leading comments), else the line it ends / the next code line and its block. */
  | 'next'
  /** The resource the comment is in (or directly above). */
  | 'resource'
  /** Only the next code line. */
  | 'line'
  /** The resource below, or the block that starts on the next code line. */
  | 'block'
  | 'file';

export interface CommentDirective {
  source: PeerSource | 'onus';
  placement: Placement;
  ids: string[];
  reason?: string;
  until?: string;
}

const checkov = /checkov:skip=\s*([A-Za-z0-9_]+)(?::\s*(.*?))?\s*(?:\*\/)?\s*$/;
const tfsecTrivy = /(tfsec|trivy):ignore:([^\s:[\]]+)((?::(?:exp|ws):[^\s:[\]]+|\[[^\]]*\])*)/g;

export function parsePeerComment(text: string): CommentDirective[] {
  const out: CommentDirective[] = [];
  const c = checkov.exec(text);
  if (c) out.push({ source: 'checkov', placement: 'resource', ids: [c[1]], ...(c[2] ? { reason: c[2] } : {}) });
  for (const m of text.matchAll(tfsecTrivy)) {
    const modifiers = m[3] ?? '';
    if (modifiers.includes(':ws:') || modifiers.includes('[')) continue;
    const exp = /:exp:(\S+?)(?=:|$)/.exec(modifiers);
    out.push({ source: m[1] as 'tfsec' | 'trivy', placement: 'next', ids: [m[2]], ...(exp ? { until: exp[1] } : {}) });
  }
  const kics = /kics-scan\s+(ignore-line|ignore-block|ignore|disable=([A-Za-z0-9_,-]+))\b/.exec(text);
  if (kics) {
    if (kics[1] === 'ignore-line') out.push({ source: 'kics', placement: 'line', ids: ['*'] });
    else if (kics[1] === 'ignore-block') out.push({ source: 'kics', placement: 'block', ids: ['*'] });
    else if (kics[1] === 'ignore') out.push({ source: 'kics', placement: 'file', ids: ['*'] });
    else out.push({ source: 'kics', placement: 'file', ids: kics[2].split(',').filter(Boolean) });
  }
  return out;
}

/** KICS query ids are UUIDs; rules list their first block (`cc997676`) as the alias. */
export function idMatches(written: string, accepted: readonly string[]): boolean {
  if (written === '*') return true;
  const w = written.toLowerCase();
  return accepted.some((a) => {
    const x = a.toLowerCase();
    return x === w || (/^[0-9a-f]{8}$/.test(x) && w.startsWith(`${x}-`)) || (w.startsWith('avd-') && x === w.slice(4)) || (x.startsWith('avd-') && x.slice(4) === w);
  });
}
