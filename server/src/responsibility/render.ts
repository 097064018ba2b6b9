/**
 * The matrix as Markdown, JSON and CSV: deterministic text (no time, no
 * absolute path, no version) so it can be committed and compared. HTML is in
 * render-html.ts. Cells: ✓ met · ✗ not met · ○ not checkable from code
 * (a person must check) · — n/a; a checked cell with duties no rule checks
 * adds ○ (`✓ ○`), and CSV spells the same thing out (`met +1 not checkable`).
 */
import { dutyCategories, type Matrix, type MatrixCell, type MatrixRow } from './matrix';

export const matrixFormats = ['markdown', 'html', 'json', 'csv'] as const;
export type MatrixFormat = (typeof matrixFormats)[number];

const symbols: Record<MatrixCell['status'], string> = { met: '✓', 'not-met': '✗', 'not-checkable': '○', 'n/a': '—' };

export function cellSymbol(cell: MatrixCell): string {
  return cell.unchecked > 0 && cell.status !== 'not-checkable' ? `${symbols[cell.status]} ○` : symbols[cell.status];
}

export function cellWord(cell: MatrixCell): string {
  return cell.unchecked > 0 && cell.status !== 'not-checkable' ? `${cell.status} +${cell.unchecked} not checkable` : cell.status;
}

export const legend = '✓ met · ✗ not met · ○ not checkable from code (check by hand) · — n/a (not your duty for this service)';

/** `file:line` of a row's resource header. */
export function rowPlace(row: MatrixRow): string {
  return `${row.file}:${row.range.start.line}`;
}

export function summaryLine(matrix: Matrix): string {
  let met = 0;
  let notMet = 0;
  let notCheckable = 0;
  for (const c of dutyCategories) {
    met += matrix.totals[c].met;
    notMet += matrix.totals[c].notMet;
    notCheckable += matrix.totals[c].notCheckable;
  }
  const n = matrix.rows.length;
  return `${n} resource${n === 1 ? '' : 's'} · ${notMet} customer dut${notMet === 1 ? 'y' : 'ies'} not met · ${met} met · ${notCheckable} not checkable from code.`;
}

/** Free text inside Markdown (messages carry user-written names). */
function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A code span inside a Markdown table (a pipe would end the cell). */
function mdCode(text: string): string {
  const inner = text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return inner.includes('`') ? `\`\` ${inner} \`\`` : `\`${inner}\``;
}

export function renderMarkdown(matrix: Matrix): string {
  const out = ['# Responsibility matrix', '', summaryLine(matrix), '', `Legend: ${legend}`, ''];
  if (matrix.rows.length > 0) {
    out.push(`| Resource | File | Service | ${matrix.categories.map((c) => c.title).join(' | ')} |`);
    out.push(`|---|---|---|${matrix.categories.map(() => ':---:').join('|')}|`);
    for (const row of matrix.rows) {
      out.push(`| ${mdCode(`${row.type}.${row.name}`)} | ${mdCode(rowPlace(row))} | ${mdText(row.service)} | ${dutyCategories.map((c) => cellSymbol(row.cells[c])).join(' | ')} |`);
    }
    out.push('', '## Totals per category', '', '| Category | Met | Not met | Not checkable | n/a |', '|---|---:|---:|---:|---:|');
    for (const c of matrix.categories) {
      const t = matrix.totals[c.id];
      out.push(`| ${c.title} | ${t.met} | ${t.notMet} | ${t.notCheckable} | ${t.notApplicable} |`);
    }
  }
  const unmet = matrix.rows.flatMap((row) =>
    matrix.categories.flatMap((c) => row.cells[c.id].duties.filter((d) => d.status === 'not-met').map((d) => ({ row, category: c.title, duty: d }))),
  );
  if (unmet.length > 0) {
    out.push('', '## Not met', '');
    for (const { row, category, duty } of unmet) {
      out.push(`- ${mdCode(`${row.type}.${row.name}`)} (${mdCode(rowPlace(row))}) — ${category}: ${mdText(duty.text)}`);
      for (const f of duty.findings) out.push(`  - ${mdCode(f.ruleId)} at ${f.line}:${f.column}: ${mdText(f.message)}`);
    }
  }
  if (matrix.services.length > 0) {
    out.push('', "## The provider's part");
    for (const s of matrix.services) {
      out.push('', `### ${mdText(s.name)}`, '', ...s.provider.map((p) => `- ${mdText(p)}`));
      if (s.defaults) out.push('', `*Defaults:* ${mdText(s.defaults)}`);
      out.push('', `[Security documentation](${s.docs})`);
    }
  }
  if (matrix.unmapped.length > 0) {
    out.push('', '## Resource types without a responsibility entry', '', ...matrix.unmapped.map((u) => `- ${mdCode(u.type)} × ${u.count}`));
  }
  return out.join('\n') + '\n';
}

/** The matrix without editor-only fields (URIs are absolute paths). */
export function matrixData(matrix: Matrix): Omit<Matrix, 'rows'> & { rows: Omit<MatrixRow, 'uri'>[] } {
  return { ...matrix, rows: matrix.rows.map(({ uri: _uri, ...row }) => row) };
}

export function renderJson(matrix: Matrix): string {
  return JSON.stringify(matrixData(matrix), null, 2) + '\n';
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(matrix: Matrix): string {
  const lines = [['file', 'line', 'column', 'type', 'name', 'service', ...dutyCategories]];
  for (const row of matrix.rows) {
    lines.push([row.file, String(row.range.start.line), String(row.range.start.column), row.type, row.name, row.service, ...dutyCategories.map((c) => cellWord(row.cells[c]))]);
  }
  return lines.map((fields) => fields.map(csvField).join(',')).join('\n') + '\n';
}
