/** One renderer per matrix format, and the format a file name implies (for `onus matrix --check FILE`). */
import type { Matrix } from './matrix';
import { renderCsv, renderJson, renderMarkdown, type MatrixFormat } from './render';
import { renderHtml } from './render-html';

const renderers: Record<MatrixFormat, (matrix: Matrix) => string> = { markdown: renderMarkdown, html: renderHtml, json: renderJson, csv: renderCsv };

export function renderMatrix(matrix: Matrix, format: MatrixFormat): string {
  return renderers[format](matrix);
}

export function formatOfFile(name: string): MatrixFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1].toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  return undefined;
}
