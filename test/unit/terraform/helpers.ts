/** Shared helpers for the Terraform semantics tests: an in-memory disk, a workspace over it, plain values. */
import { join, resolve } from 'node:path';
import { allRules, defaultConfig, parseDocument, type Finding, type OnusDocument } from '../../../server/src/index';
import type { MValue } from '../../../server/src/model/types';
import { AnalysisWorkspace, uriOfPath } from '../../../server/src/workspace';
import { MemoryFs } from '../../support/memory-fs';

export { MemoryFs };

export const root = resolve('/virtual/tf');
export const options = { config: defaultConfig, rules: allRules };

/** A workspace over `files` (paths relative to `root`). */
export function project(files: Record<string, string>): { fs: MemoryFs; ws: AnalysisWorkspace; uri: (path: string) => string; path: (p: string) => string } {
  const fs = new MemoryFs();
  for (const [path, text] of Object.entries(files)) fs.write(join(root, path), text);
  return { fs, ws: new AnalysisWorkspace(fs), uri: (p) => uriOfPath(join(root, p)), path: (p) => join(root, p) };
}

/** The analysis of one file of a project, through the workspace (the LSP's and CLI's entry point). */
export function analyze(files: Record<string, string>, target = 'main.tf'): { document: OnusDocument; findings: Finding[]; unit: readonly OnusDocument[] } {
  const { ws, path } = project(files);
  const analysis = ws.analyzeFile(path(target), options);
  if (!analysis) throw new Error(`no analysis for ${target}`);
  return analysis;
}

/** A model value as plain data; unknown becomes `{ unknown: reason }`. */
export function plain(value: MValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'list':
      return value.items.map(plain);
    case 'object':
      return Object.fromEntries([...value.entries].map(([k, e]) => [k, plain(e.value)]));
    default:
      return { unknown: value.reason };
  }
}

/** The value of attribute `v` of `resource "test" "t"` in a single file with `prelude` before it. */
export function valueOf(expr: string, prelude = ''): unknown {
  const document = parseDocument('file:///virtual/one/main.tf', `${prelude}\nresource "test" "t" {\n  v = ${expr}\n}\n`, defaultConfig);
  const resource = document.resources.find((r) => r.type === 'test');
  return plain(resource?.body.entries.get('v')?.value);
}

/** `[line, column, line, column]` (1-based) and the text of a finding. */
export function where(document: OnusDocument, finding: Finding): [number, number, number, number, string] {
  const r = finding.range;
  return [r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1, document.text.slice(finding.span.start, finding.span.end)];
}

export { allRules, defaultConfig };
