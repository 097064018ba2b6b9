/**
 * The analysis unit and its caches. A Terraform module is every `.tf` file of
 * one directory; a CloudFormation template (or anything else) is one file.
 * Open editor buffers win over the disk. Parsed documents are cached by
 * content stamp; a unit's evaluation is reused while none of its documents
 * changed (and per sibling while only resource blocks changed), and findings
 * are computed per document on request, so a keystroke parses, models and
 * checks the edited file, not its whole module.
 */
import { analyzeDocument, type AnalyzeOptions, type Finding, type OnusDocument } from '../index';
import { CallerRunsCache } from './caller-variants';
import { isTerraformPath, moduleFilesIn, skippedDirectories } from './collect';
import type { DirEntry, FileSystem } from './files';
import { sourceOfPath, sourceOfUri, type SourceId } from './locate';
import { dirname, join, resolve } from 'node:path';
import { callInputs, inheritedProviders, inputsStamp, localModuleCalls, type ModuleCall } from '../model/terraform-calls';
import { ModuleValues, type CallerInputs } from './module-values';
import { ParseCache } from './parse-cache';
import { parseSource } from './parse-source';

/** An editor buffer. */
export interface OpenText {
  uri: string;
  text: string;
  version: number;
  languageId?: string;
}

export interface Analysis {
  /** The analysed document (the buffer's text when open). */
  document: OnusDocument;
  findings: Finding[];
  /** Every document of the unit, the analysed one included. */
  unit: readonly OnusDocument[];
}

/** How many directories up a child module's caller is looked for (`./modules/y` is two). */
const callerSearchDepth = 3;
/** How many directories down (`examples/complete` calling `../../` is two). */
const callerSearchBelow = 2;
/** At most this many callers are analysed as variants of one child module. */
const maxCallers = 4;

interface Buffer extends OpenText {
  source: SourceId;
}

/** The Terraform files of one directory listing, as sources. */
interface Listed {
  dir: string;
  sources: SourceId[];
  byKey: Map<string, SourceId>;
}

/** A unit's documents, loaded and evaluated, with the source key of each. */
interface PreparedUnit {
  key: string;
  keys: string[];
  documents: OnusDocument[];
}

interface UnitResult {
  documents: readonly OnusDocument[];
  options: AnalyzeOptions;
  findings: Map<string, Finding[]>;
}

export class AnalysisWorkspace {
  private readonly buffers = new Map<string, Buffer>();
  private readonly parsed: ParseCache;
  private readonly units = new Map<string, UnitResult>();
  private readonly values: ModuleValues;
  private readonly callerValues: ModuleValues;
  /** Module directory → the directories of the local modules it called when last analysed. */
  private readonly children = new Map<string, Set<string>>();
  private readonly callerRuns = new CallerRunsCache();
  /** The Terraform files of a directory listing (a cached file system returns the same listing until the directory changes). */
  private readonly listed = new WeakMap<readonly DirEntry[], Listed>();
  /** The local module calls of a parsed file, with the directory each call's source names. */
  private readonly calls = new WeakMap<NonNullable<OnusDocument['hcl']>, { dir: string; calls: { call: ModuleCall; target: string }[] }>();

  constructor(
    private readonly fs: FileSystem,
    private readonly unitCapacity = 256,
    parseCapacity = 2000,
  ) {
    this.parsed = new ParseCache(parseCapacity);
    this.values = new ModuleValues(fs, unitCapacity);
    // A child's evaluation per caller is heavy (a root module, up to maxCallers times): a small cache of its own.
    this.callerValues = new ModuleValues(fs, 4 * maxCallers);
  }

  /** Records (or replaces) an open buffer; its text wins over the file on disk. */
  setBuffer(open: OpenText): void {
    const source = sourceOfUri(open.uri);
    this.buffers.set(source.key, { ...open, source });
  }

  /** Forgets a buffer: the disk version (if any) is used from now on. */
  closeBuffer(uri: string): void {
    const source = sourceOfUri(uri);
    this.buffers.delete(source.key);
    this.parsed.delete(source.key);
  }

  /** URIs of the open buffers in the same unit as `uri`, or in a child module it may call (itself excluded). */
  openSiblings(uri: string): string[] {
    const source = sourceOfUri(uri);
    return this.openInDirectory(source).filter((u) => u !== uri);
  }

  /** URIs of the open buffers that a change to the file at `uri` (open or not) can affect. */
  affectedBy(uri: string): string[] {
    return this.openInDirectory(sourceOfUri(uri));
  }

  analyzeUri(uri: string, options: AnalyzeOptions): Analysis | undefined {
    return this.analyze(sourceOfUri(uri), options);
  }

  analyzeFile(path: string, options: AnalyzeOptions): Analysis | undefined {
    return this.analyze(sourceOfPath(path), options);
  }

  /** Parses one file into the cache without analysing it: background indexing reads a module one file per step. */
  preload(path: string, options: AnalyzeOptions): void {
    this.load(sourceOfPath(path), options);
  }

  /** Open Terraform buffers of the same module, and of the local modules it calls (they see its inputs). */
  private openInDirectory(source: SourceId): string[] {
    if (source.dir === undefined || !isTerraformPath(source.key)) return [];
    const uris: string[] = [];
    for (const buffer of this.buffers.values()) {
      const dir = buffer.source.dir;
      if (dir === undefined || !isTerraformPath(buffer.source.key)) continue;
      if (dir === source.dir || this.children.get(source.dir)?.has(dir)) uris.push(buffer.uri);
    }
    return uris;
  }

  /**
   * Analyses several files with the same options, one unit after another
   * (yielded in that order). The files of one module share its members, caller
   * search and module evaluation, done once per module instead of once per
   * file (a scan: nothing changes between its files).
   */
  *analyzeFiles(paths: readonly string[], options: AnalyzeOptions): Generator<{ path: string; analysis: Analysis | undefined }> {
    const byUnit = new Map<string, { path: string; key: string }[]>();
    for (const path of paths) {
      const key = resolve(path);
      const unit = isTerraformPath(key) ? `module:${dirname(key)}` : `file:${key}`;
      const files = byUnit.get(unit);
      if (files) files.push({ path, key });
      else byUnit.set(unit, [{ path, key }]);
    }
    for (const [unit, files] of byUnit) {
      // A module's files are in its directory listing, whose sources are made once.
      const listed = unit.startsWith('module:') ? this.listing(dirname(files[0].key))?.byKey : undefined;
      const targets = files.map((f) => listed?.get(f.key) ?? sourceOfPath(f.path));
      const prepared = this.prepare(targets, options);
      for (let i = 0; i < files.length; i++) yield { path: files[i].path, analysis: prepared && this.analysisOf(prepared, targets[i], options) };
    }
  }

  private analyze(target: SourceId, options: AnalyzeOptions): Analysis | undefined {
    const unit = this.prepare([target], options);
    return unit && this.analysisOf(unit, target, options);
  }

  private analysisOf(unit: PreparedUnit, target: SourceId, options: AnalyzeOptions): Analysis | undefined {
    const index = unit.keys.indexOf(target.key);
    if (index < 0) return undefined;
    const document = unit.documents[index];
    return { document, findings: this.findingsOf(unit.key, unit.documents, document, options), unit: unit.documents };
  }

  /** The loaded and evaluated documents of the unit of `targets` (all of one unit). */
  private prepare(targets: readonly SourceId[], options: AnalyzeOptions): PreparedUnit | undefined {
    const [target] = targets;
    let documents: OnusDocument[] = [];
    const keys: string[] = [];
    for (const member of isModuleSource(target) ? this.unitMembers(target.dir!, targets) : [target]) {
      const loaded = this.load(member, options);
      if (!loaded) continue;
      keys.push(member.key);
      documents.push(loaded);
    }
    if (!targets.some((t) => keys.includes(t.key))) return undefined;
    const unitKey = unitKeyOf(target);
    // Variables, locals and tfvars of the whole module, evaluated once per change.
    if (isModuleSource(target)) {
      const dir = target.dir!;
      const callers = this.callerInputs(dir, options);
      if (callers.length <= 1) documents = this.values.evaluate(unitKey, dir, documents, callers[0]).documents;
      else {
        const parsed = documents;
        // The first caller's run lends the others every model value that reads the same inputs there.
        const first = this.callerValues.evaluate(`${unitKey}#caller0`, dir, parsed, callers[0]);
        const runs = [first.documents, ...callers.slice(1).map((inputs, i) => this.callerValues.evaluate(`${unitKey}#caller${i + 1}`, dir, parsed, inputs, first).documents)];
        documents = this.callerRuns.merge(unitKey, runs);
      }
      this.children.set(dir, new Set(documents.flatMap((d) => this.callsOf(d, dir).map((c) => c.target))));
    }
    return { key: unitKey, keys, documents };
  }

  /**
   * The inputs of each local module call of this directory (`module "x" {
   * source = "./modules/y" }`), found in the directories above it and below it
   * (an `examples/complete` calling `../../`): a child module is analysed with
   * each caller's arguments and providers. No caller: the child's own defaults.
   */
  private callerInputs(dir: string, options: AnalyzeOptions): CallerInputs[] {
    const found: { dir: string; documents: OnusDocument[]; call: ModuleCall }[] = [];
    let up = dir;
    for (let depth = 0; depth < callerSearchDepth; depth++) {
      const parent = dirname(up);
      if (parent === up) break;
      up = parent;
      this.callsFrom(up, dir, options, found);
    }
    const below = (at: string, depth: number): void => {
      if (depth > callerSearchBelow || found.length >= maxCallers) return;
      for (const entry of this.fs.readDir(at) ?? []) {
        if (entry.kind !== 'directory' || entry.name.startsWith('.') || skippedDirectories.includes(entry.name)) continue;
        const sub = join(at, entry.name);
        this.callsFrom(sub, dir, options, found);
        below(sub, depth + 1);
      }
    };
    below(dir, 1);
    return found.slice(0, maxCallers).map((caller) => {
      const evaluated = this.values.evaluate(`module:${caller.dir}`, caller.dir, caller.documents);
      const values = callInputs(caller.call, evaluated.module.scope);
      const providers = inheritedProviders(caller.call, evaluated.documents.flatMap((d) => d.providers ?? []));
      return { values, providers, stamp: `${caller.dir}#${caller.call.name}:${inputsStamp(values, providers)}` };
    });
  }

  /** The module calls in directory `at` whose source is `dir`. */
  private callsFrom(at: string, dir: string, options: AnalyzeOptions, found: { dir: string; documents: OnusDocument[]; call: ModuleCall }[]): void {
    // A directory that cannot be listed may still hold a readable main.tf.
    const guess = this.fs.readDir(at) ? [] : [sourceOfPath(join(at, 'main.tf'))];
    const documents = this.unitMembers(resolve(at), guess).flatMap((m) => {
      if (!this.buffers.has(m.key) && !this.fs.stat(m.key)) return [];
      const loaded = this.load(m, options);
      return loaded ? [loaded] : [];
    });
    for (const document of documents) {
      for (const { call, target } of this.callsOf(document, at)) if (target === dir) found.push({ dir: at, documents, call });
    }
  }

  /** The local module calls of a document in directory `dir`, each with the directory it calls (once per parse). */
  private callsOf(document: OnusDocument, dir: string): { call: ModuleCall; target: string }[] {
    if (!document.hcl) return [];
    let known = this.calls.get(document.hcl);
    if (!known || known.dir !== dir) {
      known = { dir, calls: localModuleCalls(document.hcl).map((call) => ({ call, target: resolve(dir, call.source) })) };
      this.calls.set(document.hcl, known);
    }
    return known.calls;
  }

  /** The sources of the module in `dir` (absolute), sorted by key: its files on disk, its open buffers, and `targets` (files of it). */
  private unitMembers(dir: string, targets: readonly SourceId[]): SourceId[] {
    const byKey = new Map<string, SourceId>();
    for (const source of this.diskMembers(dir)) byKey.set(source.key, this.buffers.get(source.key)?.source ?? source);
    for (const buffer of this.buffers.values()) {
      if (buffer.source.dir === dir && isTerraformPath(buffer.source.key)) byKey.set(buffer.source.key, buffer.source);
    }
    for (const t of targets) byKey.set(t.key, this.buffers.get(t.key)?.source ?? t);
    return [...byKey.keys()].sort().map((k) => byKey.get(k)!);
  }

  /** The Terraform files of a directory on disk (moduleFiles), as sources. */
  private diskMembers(dir: string): readonly SourceId[] {
    return this.listing(dir)?.sources ?? [];
  }

  private listing(dir: string): Listed | undefined {
    const entries = this.fs.readDir(dir);
    if (!entries) return undefined;
    let known = this.listed.get(entries);
    if (!known || known.dir !== dir) {
      const sources = moduleFilesIn(dir, entries).map((path) => sourceOfPath(path));
      known = { dir, sources, byKey: new Map(sources.map((source) => [source.key, source])) };
      this.listed.set(entries, known);
    }
    return known;
  }

  private load(source: SourceId, options: AnalyzeOptions): OnusDocument | undefined {
    const limit = options.config.maxFileSize;
    const buffer = this.buffers.get(source.key);
    if (buffer) {
      const stamp = `buffer:${buffer.version}:${buffer.languageId ?? ''}:${limit}`;
      const cached = this.parsed.get(source.key, stamp);
      if (cached && cached.uri === buffer.uri) return cached;
      const previous = this.parsed.latest(source.key);
      // Its part of the module scope is read now: the re-parse may move its later blocks.
      if (previous) for (const values of [this.values, this.callerValues]) values.beforeReparse(previous);
      const document = parseSource(buffer.uri, buffer.text, options.config, buffer.languageId, modelledWithModule(source), previous);
      this.parsed.set(source.key, stamp, document);
      return document;
    }
    if (source.path === undefined) return undefined;
    const stat = this.fs.stat(source.path);
    if (!stat) return undefined;
    const stamp = `disk:${stat.mtimeMs}:${stat.size}:${limit}`;
    const cached = this.parsed.get(source.key, stamp);
    if (cached) return cached;
    const text = this.fs.readFile(source.path);
    if (text === undefined) return undefined;
    const document = parseSource(source.uri, text, options.config, undefined, modelledWithModule(source));
    this.parsed.set(source.key, stamp, document);
    return document;
  }

  /**
   * The findings of one document of a unit. Rules read the whole unit, so any
   * change in it voids them all, but they are computed per document on
   * request: a keystroke analyses the edited file, not its 19 siblings.
   */
  private findingsOf(unitKey: string, documents: readonly OnusDocument[], document: OnusDocument, options: AnalyzeOptions): Finding[] {
    let unit = this.units.get(unitKey);
    if (!unit || !sameUnit(unit, documents, options)) {
      unit = { documents, options: { ...options }, findings: new Map() };
      this.units.delete(unitKey);
      this.units.set(unitKey, unit);
      while (this.units.size > this.unitCapacity) {
        const oldest = this.units.keys().next().value;
        if (oldest === undefined) break;
        this.units.delete(oldest);
      }
    }
    let findings = unit.findings.get(document.uri);
    if (!findings) {
      findings = analyzeDocument(document, { ...options, unit: documents });
      unit.findings.set(document.uri, findings);
    }
    return findings;
  }
}

/** A Terraform file in a directory: its unit is the module (every Terraform file of the directory). */
function isModuleSource(source: SourceId): boolean {
  return source.dir !== undefined && isTerraformPath(source.key);
}

function unitKeyOf(source: SourceId): string {
  return isModuleSource(source) ? `module:${source.dir}` : `file:${source.key}`;
}

/** A Terraform file in a directory is always modelled with its module (analyze), so its parse skips the model. */
const modelledWithModule = isModuleSource;

function sameUnit(previous: UnitResult, documents: readonly OnusDocument[], options: AnalyzeOptions): boolean {
  return (
    previous.options.config === options.config &&
    previous.options.rules === options.rules &&
    previous.documents.length === documents.length &&
    previous.documents.every((d, i) => d === documents[i])
  );
}
