/**
 * The matrix as one self-contained HTML page (inline CSS, no script, no
 * external resource), every text escaped. Deterministic like the other renderers.
 */
import { dutyCategories, type Matrix } from './matrix';
import type { CellStatus } from './matrix';
import { cellSymbol, legend, rowPlace, summaryLine } from './render';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const words: Record<CellStatus, string> = { met: 'met', 'not-met': 'not met', 'not-checkable': 'not checkable from code', 'n/a': 'not applicable' };

const style = [
  'body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}',
  'table{border-collapse:collapse;margin:1rem 0}',
  'th,td{border:1px solid #c8c8c8;padding:.3rem .5rem;vertical-align:top}',
  'td.cell{text-align:center}',
  '.met{background:#e6f4ea}.not-met{background:#fce8e6}.not-checkable{background:#fef7e0}.na{color:#777}',
  'code{font-size:.9em}',
].join('\n');

export function renderHtml(matrix: Matrix): string {
  const e = escapeHtml;
  const out = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<title>Responsibility matrix</title>',
    `<style>\n${style}\n</style>`,
    '</head>',
    '<body>',
    '<h1>Responsibility matrix</h1>',
    `<p>${e(summaryLine(matrix))}</p>`,
    `<p>Legend: ${e(legend)}</p>`,
  ];
  if (matrix.rows.length > 0) {
    out.push('<table>', '<caption>Customer duties per resource and category</caption>', '<thead>', '<tr>');
    out.push('<th scope="col">Resource</th>', '<th scope="col">File</th>', '<th scope="col">Service</th>');
    for (const c of matrix.categories) out.push(`<th scope="col">${e(c.title)}</th>`);
    out.push('</tr>', '</thead>', '<tbody>');
    for (const row of matrix.rows) {
      out.push('<tr>', `<th scope="row"><code>${e(`${row.type}.${row.name}`)}</code></th>`, `<td><code>${e(rowPlace(row))}</code></td>`, `<td>${e(row.service)}</td>`);
      for (const c of dutyCategories) {
        const cell = row.cells[c];
        const detail = cell.duties.map((d) => `${d.text}: ${words[d.status]}`).join('\n') || 'not your duty for this service';
        const css = cell.status === 'n/a' ? 'na' : cell.status;
        const label = cell.unchecked > 0 && cell.status !== 'not-checkable' ? `${words[cell.status]}, ${cell.unchecked} more not checkable from code` : words[cell.status];
        out.push(`<td class="cell ${css}" title="${e(detail)}" aria-label="${e(label)}">${e(cellSymbol(cell))}</td>`);
      }
      out.push('</tr>');
    }
    out.push('</tbody>', '</table>');
    out.push('<h2>Totals per category</h2>', '<table>', '<thead>', '<tr>');
    for (const h of ['Category', 'Met', 'Not met', 'Not checkable', 'n/a']) out.push(`<th scope="col">${h}</th>`);
    out.push('</tr>', '</thead>', '<tbody>');
    for (const c of matrix.categories) {
      const t = matrix.totals[c.id];
      out.push(`<tr><th scope="row">${e(c.title)}</th><td>${t.met}</td><td>${t.notMet}</td><td>${t.notCheckable}</td><td>${t.notApplicable}</td></tr>`);
    }
    out.push('</tbody>', '</table>');
  }
  const unmet = matrix.rows.flatMap((row) => matrix.categories.flatMap((c) => row.cells[c.id].duties.filter((d) => d.status === 'not-met').map((d) => ({ row, category: c.title, duty: d }))));
  if (unmet.length > 0) {
    out.push('<h2>Not met</h2>', '<ul>');
    for (const { row, category, duty } of unmet) {
      const findings = duty.findings.map((f) => `<li><code>${e(f.ruleId)}</code> at ${f.line}:${f.column}: ${e(f.message)}</li>`).join('');
      out.push(`<li><code>${e(`${row.type}.${row.name}`)}</code> (<code>${e(rowPlace(row))}</code>) — ${e(category)}: ${e(duty.text)}<ul>${findings}</ul></li>`);
    }
    out.push('</ul>');
  }
  if (matrix.services.length > 0) {
    out.push('<h2>The provider&#39;s part</h2>');
    for (const s of matrix.services) {
      out.push(`<h3>${e(s.name)}</h3>`, '<ul>', ...s.provider.map((p) => `<li>${e(p)}</li>`), '</ul>');
      if (s.defaults) out.push(`<p><em>Defaults:</em> ${e(s.defaults)}</p>`);
      out.push(`<p><a href="${e(s.docs)}">Security documentation</a></p>`);
    }
  }
  if (matrix.unmapped.length > 0) {
    out.push('<h2>Resource types without a responsibility entry</h2>', '<ul>', ...matrix.unmapped.map((u) => `<li><code>${e(u.type)}</code> × ${u.count}</li>`), '</ul>');
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
