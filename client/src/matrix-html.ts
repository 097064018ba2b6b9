/**
 * The webview page of the responsibility matrix: VS Code's theme colours
 * (CSS variables), a strict Content-Security-Policy (nothing but the inline
 * style and script carrying this page's nonce), a table with a caption and
 * header scopes, and one link per resource that asks the extension to open it
 * (by row index: the extension looks the URI up itself, it never trusts one
 * sent back by the page). No `vscode` import, so it is unit-tested directly.
 */
import type { WireMatrix, WireMatrixCell } from './matrix-types';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const symbols: Record<WireMatrixCell['status'], string> = { met: '✓', 'not-met': '✗', 'not-checkable': '○', 'n/a': '—' };
const words: Record<WireMatrixCell['status'], string> = { met: 'met', 'not-met': 'not met', 'not-checkable': 'not checkable from code', 'n/a': 'not applicable' };

function cell(c: WireMatrixCell | undefined): string {
  if (!c) return '<td class="cell na" aria-label="not applicable">—</td>';
  const extra = c.unchecked > 0 && c.status !== 'not-checkable';
  const label = extra ? `${words[c.status]}, ${c.unchecked} more not checkable from code` : words[c.status];
  const detail = c.duties.map((d) => `${symbols[d.status]} ${d.text}${d.findings.length ? `: ${d.findings[0].message}` : ''}`).join('\n') || 'Not your duty for this service';
  const css = c.status === 'n/a' ? 'na' : c.status;
  return `<td class="cell ${css}" title="${escapeHtml(detail)}" aria-label="${escapeHtml(label)}">${symbols[c.status]}${extra ? ' ○' : ''}</td>`;
}

const style = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
caption { text-align: left; padding: .25rem 0; color: var(--vscode-descriptionForeground); }
th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding: .25rem .5rem; text-align: left; }
thead th { background: var(--vscode-editorWidget-background); position: sticky; top: 0; }
td.cell { text-align: center; }
.met { color: var(--vscode-testing-iconPassed); }
.not-met { color: var(--vscode-testing-iconFailed); font-weight: bold; }
.not-checkable { color: var(--vscode-editorWarning-foreground); }
.na { color: var(--vscode-disabledForeground); }
a { color: var(--vscode-textLink-foreground); }
a:focus, a:hover { color: var(--vscode-textLink-activeForeground); outline: 1px solid var(--vscode-focusBorder); }
code { font-family: var(--vscode-editor-font-family); }
`;

/** `nonce`: random, per panel; the only style and script carry it. */
export function matrixPage(matrix: WireMatrix | undefined, nonce: string, error?: string): string {
  const e = escapeHtml;
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const body: string[] = ['<h1>Responsibility matrix</h1>'];
  if (error) body.push(`<p role="alert">${e(error)}</p>`);
  if (!matrix) body.push('<p>Waiting for the Onus language server…</p>');
  else if (matrix.rows.length === 0) body.push('<p>No resource with a responsibility entry in this workspace.</p>');
  else {
    const unmet = Object.values(matrix.totals).reduce((s, t) => s + t.notMet, 0);
    body.push(`<p>${matrix.rows.length} resource${matrix.rows.length === 1 ? '' : 's'} · ${unmet} customer dut${unmet === 1 ? 'y' : 'ies'} not met. ✓ met · ✗ not met · ○ not checkable from code · — not your duty for this service.</p>`);
    body.push('<table>', '<caption>Your duties per resource and category (select a resource to open it)</caption>', '<thead><tr>');
    body.push('<th scope="col">Resource</th><th scope="col">File</th><th scope="col">Service</th>');
    for (const c of matrix.categories) body.push(`<th scope="col">${e(c.title)}</th>`);
    body.push('</tr></thead>', '<tbody>');
    matrix.rows.forEach((row, index) => {
      const link = `<a href="#" data-row="${index}"><code>${e(`${row.type}.${row.name}`)}</code></a>`;
      body.push(`<tr><th scope="row">${link}</th><td>${e(`${row.file}:${row.range.start.line}`)}</td><td>${e(row.service)}</td>`);
      for (const c of matrix.categories) body.push(cell(row.cells[c.id]));
      body.push('</tr>');
    });
    body.push('</tbody>', '</table>');
    body.push('<h2>Totals per category</h2>', '<table>', '<thead><tr><th scope="col">Category</th><th scope="col">Met</th><th scope="col">Not met</th><th scope="col">Not checkable</th><th scope="col">n/a</th></tr></thead>', '<tbody>');
    for (const c of matrix.categories) {
      const t = matrix.totals[c.id];
      if (t) body.push(`<tr><th scope="row">${e(c.title)}</th><td>${t.met}</td><td>${t.notMet}</td><td>${t.notCheckable}</td><td>${t.notApplicable}</td></tr>`);
    }
    body.push('</tbody>', '</table>');
  }
  const script = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-row]') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ type: 'open', row: Number(link.getAttribute('data-row')) });
});`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    '<title>Onus: Responsibility Matrix</title>',
    `<style nonce="${nonce}">${style}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script nonce="${nonce}">${script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
