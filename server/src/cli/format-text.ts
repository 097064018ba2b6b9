/**
 * Text report: one line per problem, `path:line:col severity ruleId message
 * [owner: …]`, grouped per file (a blank line between files), then a summary.
 * Syntax errors read `… error onus-syntax-error message`.
 */
import type { Range } from '../index';
import type { ScanResult } from './scan';
import { parseWarningRule, syntaxErrorRule } from './pseudo-rules';
import { summarize, summaryLine } from './summary';

function position(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}`;
}

export function formatText(result: ScanResult): string {
  const blocks: string[] = [];
  for (const file of result.files) {
    const lines: { line: number; character: number; text: string }[] = [];
    for (const p of file.problems) {
      const rule = p.severity === 'error' ? syntaxErrorRule.id : parseWarningRule.id;
      lines.push({ ...p.range.start, text: `${file.display}:${position(p.range)} ${p.severity} ${rule} ${p.message}` });
    }
    for (const f of file.findings) {
      lines.push({ ...f.range.start, text: `${file.display}:${position(f.range)} ${f.severity} ${f.ruleId} ${f.message} [owner: ${f.owner}]` });
    }
    if (lines.length === 0) continue;
    lines.sort((a, b) => a.line - b.line || a.character - b.character);
    blocks.push(lines.map((l) => l.text).join('\n'));
  }
  const body = blocks.length > 0 ? `${blocks.join('\n\n')}\n\n` : '';
  return `${body}${summaryLine(summarize(result))}\n`;
}
