/** Runs templates through the engine entry point and describes findings as plain data (1-based ranges, exact text). */
import { allRules } from '../../../rules';
import { resolveConfig } from '../../../server/src/config/types';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import type { OnusDocument } from '../../../server/src/engine/document';
import type { Finding } from '../../../server/src/engine/finding';
import { parseDocument } from '../../../server/src/engine/parse';
import { applyEdits, renderFix } from '../../../server/src/fixes/render';

export type Row = [ruleId: string, messageId: string, range: [number, number, number, number], text: string];

export function analyze(text: string, syntax: 'yaml' | 'json' = 'yaml', rules?: string[]): { doc: OnusDocument; findings: Finding[] } {
  const config = resolveConfig({ requiredTags: ['Owner'] });
  const doc = parseDocument(syntax === 'yaml' ? 'file:///t/template.yaml' : 'file:///t/template.json', text, config);
  const chosen = rules ? allRules.filter((r) => rules.includes(r.meta.id)) : allRules;
  return { doc, findings: analyzeDocument(doc, { config, rules: chosen, now: new Date('2026-01-01') }) };
}

export function rows(text: string, syntax: 'yaml' | 'json' = 'yaml', rules?: string[]): Row[] {
  return analyze(text, syntax, rules).findings.map((f) => [
    f.ruleId,
    f.messageId,
    [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1],
    text.slice(f.span.start, f.span.end),
  ]);
}

/** The text after the first quick fix of the finding at `index`. */
export function fixed(text: string, syntax: 'yaml' | 'json', rules: string[], index = 0): string | undefined {
  const { doc, findings } = analyze(text, syntax, rules);
  const fix = findings[index]?.fixes.find((f) => f.kind === 'quickfix');
  const rendered = fix && renderFix(doc, fix);
  return rendered ? applyEdits(text, rendered.edits) : undefined;
}
