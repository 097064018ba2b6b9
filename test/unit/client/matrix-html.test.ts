/**
 * The webview page of "Onus: Show Responsibility Matrix" (client/src/matrix-html.ts): strict CSP
 * with the page's nonce on its only style and script, theme colours only, escaped content, a
 * keyboard-reachable link per row (an `<a href>`), header scopes for screen readers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matrixPage } from '../../../client/src/matrix-html';
import type { WireMatrix, WireMatrixCell } from '../../../client/src/matrix-types';
import { unmetCount } from '../../../client/src/matrix-types';
import { parseHtml } from '../../support/html';

const na: WireMatrixCell = { status: 'n/a', unchecked: 0, duties: [] };
const matrix: WireMatrix = {
  categories: [
    { id: 'data-protection', title: 'Data protection' },
    { id: 'cost-tags', title: 'Cost, tagging & lifecycle' },
  ],
  rows: [
    {
      file: 'a<script>.tf',
      uri: 'file:///w/a.tf',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 30 } },
      type: 'aws_ebs_volume',
      name: 'data',
      service: 'Amazon EBS',
      cells: {
        'data-protection': { status: 'not-met', unchecked: 1, duties: [{ text: 'Encrypt volumes', status: 'not-met', findings: [{ ruleId: 'aws-ebs-encryption', message: 'Volume "data" <unencrypted>', line: 1, column: 10 }] }, { text: 'Rotate keys', status: 'not-checkable', findings: [] }] },
        'cost-tags': na,
      },
    },
  ],
  services: [],
  totals: { 'data-protection': { met: 0, notMet: 1, notCheckable: 1, notApplicable: 0 }, 'cost-tags': { met: 0, notMet: 0, notCheckable: 0, notApplicable: 1 } },
  unmapped: [],
};

test('webview page: CSP with nonce, theme variables, escaped cells, a link per row', () => {
  const html = matrixPage(matrix, 'N0nce');
  const elements = parseHtml(html);
  const csp = elements.find((e) => e.name === 'meta' && e.attributes['http-equiv'] === 'Content-Security-Policy');
  assert.equal(csp?.attributes.content, "default-src 'none'; style-src 'nonce-N0nce'; script-src 'nonce-N0nce';");
  const scripts = elements.filter((e) => e.name === 'script');
  const styles = elements.filter((e) => e.name === 'style');
  assert.deepEqual([...scripts, ...styles].map((e) => e.attributes.nonce), ['N0nce', 'N0nce']);
  assert.ok(!/#[0-9a-f]{3,6}\b/i.test(styles[0].text), 'colours come from the theme only');
  assert.match(styles[0].text, /var\(--vscode-editor-background\)/);
  assert.match(scripts[0].text, /postMessage\(\{ type: 'open', row: Number\(link\.getAttribute\('data-row'\)\) \}\)/);
  const link = elements.find((e) => e.name === 'a');
  assert.deepEqual([link?.attributes, link?.path.slice(-3), link?.text], [{ href: '#', 'data-row': '0' }, ['tbody', 'tr', 'th'], 'aws_ebs_volume.data']);
  const cells = elements.filter((e) => e.name === 'td' && e.attributes.class?.startsWith('cell'));
  assert.deepEqual(
    cells.map((c) => [c.attributes.class, c.attributes['aria-label'], c.attributes.title, c.text]),
    [
      ['cell not-met', 'not met, 1 more not checkable from code', '✗ Encrypt volumes: Volume &quot;data&quot; &lt;unencrypted&gt;\n○ Rotate keys', '✗ ○'],
      ['cell na', 'not applicable', 'Not your duty for this service', '—'],
    ],
  );
  assert.ok(html.includes('<td>a&lt;script&gt;.tf:1</td>'));
  assert.equal(elements.filter((e) => e.name === 'th' && e.attributes.scope === 'col').length, 5 + 5);
});

test('webview page: waiting, empty and error states; the unmet count', () => {
  assert.match(matrixPage(undefined, 'n'), /<p>Waiting for the Onus language server…<\/p>/);
  assert.match(matrixPage({ ...matrix, rows: [] }, 'n'), /<p>No resource with a responsibility entry in this workspace\.<\/p>/);
  assert.match(matrixPage(matrix, 'n', 'boom <b>'), /<p role="alert">boom &lt;b&gt;<\/p>/);
  assert.equal(unmetCount(matrix), 1);
  for (const page of [matrixPage(undefined, 'n'), matrixPage(matrix, 'n', 'e')]) parseHtml(page);
});
