/**
 * `onus scan --fix`: every unambiguous fix (engine `fixAll`) written back to
 * the files before the report. fixAll re-parses after each round and never
 * inserts placeholders; here a file is written only when its new text parses
 * with no more errors than before, and never when it is excluded or unreadable.
 */
import { allRules, fixAll, parseDocument, type OnusConfig } from '../index';
import { AnalysisWorkspace, collectFiles, type FileSystem } from '../workspace';

export interface FixReport {
  files: number;
  fixes: number;
}

export function fixFiles(
  paths: readonly string[],
  root: string,
  fs: FileSystem,
  configFor: (path: string) => OnusConfig,
  excluded: (path: string) => boolean,
  write: (path: string, text: string) => void,
): FixReport {
  const report: FixReport = { files: 0, fixes: 0 };
  const workspace = new AnalysisWorkspace(fs);
  for (const path of collectFiles(fs, paths, root).files) {
    if (excluded(path)) continue;
    const config = configFor(path);
    const analysis = workspace.analyzeFile(path, { config, rules: allRules });
    if (!analysis || analysis.findings.length === 0 || analysis.document.kind === 'none') continue;
    const { document, unit } = analysis;
    const result = fixAll(document.uri, document.text, { config, rules: allRules, unit });
    if (result.applied.length === 0 || result.text === document.text) continue;
    const errors = (text: string) => parseDocument(document.uri, text, config).errors.filter((e) => e.severity === 'error').length;
    if (errors(result.text) > errors(document.text)) continue; // belt and braces: fixAll checks this already
    write(path, result.text);
    report.files++;
    report.fixes += result.applied.length;
  }
  return report;
}
