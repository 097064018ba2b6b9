/**
 * Onus's own suppression directive, the same in every comment syntax:
 *   # onus:ignore aws-ebs-encryption,aws-resource-tags -- reason text
 * Rule ids or their peer aliases are accepted; `*` matches every rule.
 */
export interface Directive {
  ids: string[];
  reason?: string;
}

const pattern = /onus:ignore(?:\s+([A-Za-z0-9_*,.:-]+))?(?:\s+--\s*(.*?))?\s*(?:\*\/)?\s*$/;

export function parseDirective(comment: string): Directive | undefined {
  const match = pattern.exec(comment);
  if (!match || !match[1]) return undefined;
  const ids = match[1].split(',').map((s) => s.trim()).filter(Boolean);
  const reason = match[2]?.trim();
  return { ids, reason: reason || undefined };
}

export function directiveText(ruleId: string, reason: string): string {
  return `onus:ignore ${ruleId} -- ${reason}`;
}
