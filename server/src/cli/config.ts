/**
 * The configuration of each scanned file: `--config FILE` for all of them, or
 * the nearest `.onus.yaml` above each file (cached per directory). Problems in
 * a config file are reported once (path:line:col) and that key's default is
 * used; they never stop the scan.
 */
import { dirname, relative, sep } from 'node:path';
import { allRules, ruleNames, findConfigFile, isExcluded, LineIndex, parseConfigText, resolveConfig, type OnusConfig } from '../index';
import type { FileSystem } from '../workspace';

export interface ConfigProblemReport {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

const known: ReadonlySet<string> = new Set(allRules.flatMap(ruleNames).map((n) => n.toLowerCase()));

export class ConfigResolver {
  private readonly byFile = new Map<string, OnusConfig>();
  private readonly byDir = new Map<string, OnusConfig>();
  readonly problems: ConfigProblemReport[] = [];

  /** `fixed`: the `--config` file (path and text). */
  constructor(
    private readonly fs: FileSystem,
    private readonly fixed?: { path: string; text: string },
  ) {}

  private load(path: string, text: string): OnusConfig {
    let config = this.byFile.get(path);
    if (config) return config;
    const parsed = parseConfigText(text, known);
    const lines = new LineIndex(text);
    for (const p of parsed.problems) {
      const at = lines.positionAt(p.span.start);
      this.problems.push({ file: path, line: at.line + 1, column: at.character + 1, severity: p.severity, message: p.message });
    }
    config = resolveConfig({ ...parsed.config, origin: { file: path, settings: false } });
    this.byFile.set(path, config);
    return config;
  }

  /** The configuration of the file at `path` (absolute). */
  forFile(path: string): OnusConfig {
    if (this.fixed) return this.load(this.fixed.path, this.fixed.text);
    const dir = dirname(path);
    let config = this.byDir.get(dir);
    if (!config) {
      const found = findConfigFile(dir.split(sep).join('/'), (p) => (this.fs.stat(p) ? this.fs.readFile(p) : undefined));
      config = found ? this.load(found.path, found.text) : resolveConfig({});
      this.byDir.set(dir, config);
    }
    return config;
  }

  /** Whether the file is excluded by its configuration's `exclude` (relative to the config file, or the scan root). */
  excluded(path: string, root: string): boolean {
    const config = this.forFile(path);
    if (config.exclude.length === 0) return false;
    const base = config.origin.file ? dirname(config.origin.file) : root;
    const rel = relative(base, path);
    return !rel.startsWith('..') && isExcluded(rel.split(sep).join('/'), config.exclude);
  }
}
