/**
 * Onus's own suppression directive, the same in every comment syntax (`#`, `//`, `/* *\/`):
 *   # onus:ignore aws-ebs-encryption,aws-resource-tags until=2026-06-30 -- reason text
 *   # onus:ignore-file aws-resource-tags -- tags are applied by the pipeline
 * Rule ids or their peer aliases are accepted; `*` matches every rule.
 * `until=` (inclusive, UTC date) is optional; after it the finding returns with a note.
 */
export interface Directive {
  /** `next`: the resource below or the line it is on / the line below; `file`: the whole file. */
  scope: 'next' | 'file';
  ids: string[];
  reason?: string;
  /** `YYYY-MM-DD` as written (validated by `parseDate`). */
  until?: string;
  /** Offsets of the id list inside the comment text (to remove one id). */
  idsStart: number;
  idsEnd: number;
}

const pattern = /onus:ignore(-file)?(?:[ \t]+([A-Za-z0-9_*,.:\-]+(?:[ \t]*,[ \t]*[A-Za-z0-9_*.:\-]+)*))?(?:[ \t]+until=(\S+))?(?:[ \t]+--[ \t]*(.*?))?[ \t]*(?:\*\/)?[ \t]*$/d;

export function parseDirective(comment: string): Directive | undefined {
  const match = pattern.exec(comment);
  if (!match || !match[2]) return undefined;
  const ids = match[2].split(',').map((s) => s.trim()).filter(Boolean);
  const idsStart = match.indices![2]![0];
  const reason = match[4]?.trim();
  return {
    scope: match[1] ? 'file' : 'next',
    ids,
    ...(reason ? { reason } : {}),
    ...(match[3] ? { until: match[3] } : {}),
    idsStart,
    idsEnd: idsStart + match[2].length,
  };
}

export function directiveText(ruleId: string, reason: string): string {
  return `onus:ignore ${ruleId} -- ${reason}`;
}

/** A `YYYY-MM-DD` date as a UTC day number, or undefined when it is not a real date. */
export function parseDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return undefined;
  return Math.floor(t / 86_400_000);
}

export function dayOf(now: Date): number {
  return Math.floor(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) / 86_400_000);
}
