/**
 * The module-level evaluation of a Terraform unit: the variable-definitions
 * files of its directory (`terraform.tfvars`, `*.auto.tfvars`, `.json` forms),
 * read only when their stamp changes, and the unit's documents re-evaluated
 * together — reused while neither the parsed documents nor the tfvars change,
 * so a keystroke evaluates a module once. When only resource blocks changed
 * (typing inside a resource, the common case), the unchanged siblings keep
 * their evaluated documents and only the changed files are modelled again.
 */
import { join } from 'node:path';
import type { OnusDocument } from '../index';
import { mergeTfvars, tfvarsRank } from '../evaluate/variables';
import type { TfValue } from '../evaluate/tf-value';
import { wasConsumed } from '../hcl/incremental';
import { terraformModel } from '../model/terraform';

import { evaluateModule, isOverrideFile, TerraformModule } from '../model/terraform-module';
import type { ProviderConfig } from '../model/types';
import type { FileSystem } from './files';

/** What a module call gives a child module: its variables' values and the provider configurations it inherits. */
export interface CallerInputs {
  values: ReadonlyMap<string, TfValue>;
  providers: readonly ProviderConfig[];
  stamp: string;
}

interface TextEntry {
  stamp: string;
  text: string;
}

interface Evaluated {
  parsed: readonly OnusDocument[];
  tfvarsStamp: string;
  documents: OnusDocument[];
  module: TerraformModule;
}

export class ModuleValues {
  private readonly texts = new Map<string, TextEntry>();
  private readonly evaluated = new Map<string, Evaluated>();
  /** Per parsed document, the text of everything but its `resource` blocks (computed once per parse). */
  private readonly declarations = new WeakMap<OnusDocument, string>();

  constructor(
    private readonly fs: FileSystem,
    private readonly capacity = 256,
  ) {}

  /** The variable-definitions files of a directory with their stamps (disk only). */
  private tfvars(dir: string): { files: { name: string; text: string }[]; stamp: string } {
    const files: { name: string; text: string }[] = [];
    const stamps: string[] = [];
    for (const entry of this.fs.readDir(dir) ?? []) {
      if (entry.kind !== 'file' || tfvarsRank(entry.name) === undefined) continue;
      const path = join(dir, entry.name);
      const stat = this.fs.stat(path);
      if (!stat) continue;
      const stamp = `${stat.mtimeMs}:${stat.size}`;
      let cached = this.texts.get(path);
      if (!cached || cached.stamp !== stamp) {
        const text = this.fs.readFile(path);
        if (text === undefined) continue;
        cached = { stamp, text };
        this.texts.set(path, cached);
      }
      files.push({ name: entry.name, text: cached.text });
      stamps.push(`${entry.name}@${stamp}`);
    }
    return { files, stamp: stamps.sort().join('|') };
  }

  /** The unit's documents evaluated as one module (with the directory's tfvars, or the given inputs). */
  /** `sibling`: the same module evaluated for another caller (its model values that read the same inputs are shared). */
  evaluate(key: string, dir: string | undefined, parsed: readonly OnusDocument[], inputs?: CallerInputs, sibling?: { documents: OnusDocument[]; module: TerraformModule }): { documents: OnusDocument[]; module: TerraformModule } {
    const vars = inputs ? { files: [], stamp: `inputs:${inputs.stamp}` } : dir === undefined ? { files: [], stamp: '' } : this.tfvars(dir);
    const previous = this.evaluated.get(key);
    if (previous && previous.tfvarsStamp === vars.stamp && previous.parsed.length === parsed.length && previous.parsed.every((d, i) => d === parsed[i])) return previous;
    const given = inputs ? inputs.values : mergeTfvars(vars.files);
    const reusable = previous && previous.tfvarsStamp === vars.stamp && this.sameScope(previous.parsed, parsed) ? previous : undefined;
    // Module files are parsed without a model (parseSource's deferModel), so each is modelled once, here.
    const result = reusable ? reevaluate(reusable, parsed, given) : { ...evaluateModule(parsed, given, sibling), reused: new Set<OnusDocument>() };
    // A reused first document already carries what it inherited.
    if (inputs?.providers.length && result.documents.length && !result.reused.has(result.documents[0])) {
      // The caller's provider configurations reach the child unless it configures the same provider itself.
      const own = result.documents.flatMap((d) => d.providers ?? []);
      const inherited = inputs.providers.filter((p) => !own.some((o) => o.name === p.name && o.alias === p.alias));
      const first = result.documents[0];
      result.documents[0] = { ...first, providers: [...(first.providers ?? []), ...inherited] };
    }
    this.evaluated.delete(key);
    this.evaluated.set(key, { parsed: [...parsed], tfvarsStamp: vars.stamp, documents: result.documents, module: result.module });
    while (this.evaluated.size > this.capacity) {
      const oldest = this.evaluated.keys().next().value;
      if (oldest === undefined) break;
      this.evaluated.delete(oldest);
    }
    return { documents: result.documents, module: result.module };
  }

  /** Whether two parses of a unit build the same module scope, file by file (nothing is computed for a first evaluation, a scan). */
  private sameScope(previous: readonly OnusDocument[], parsed: readonly OnusDocument[]): boolean {
    return previous.length === parsed.length && previous.every((d, i) => d === parsed[i] || this.declarationsOf(d) === this.declarationsOf(parsed[i]));
  }

  /**
   * Called before a newer text of `d` is parsed from it: the block re-parse (hcl/incremental.ts)
   * moves its later blocks, after which its part of the scope can no longer be read from it.
   */
  beforeReparse(d: OnusDocument): void {
    if (d.hcl && !wasConsumed(d.hcl)) this.declarationsOf(d);
  }

  /**
   * What of one file the module scope is built from, i.e. what one file's model
   * can read of the other files: the uri and every top-level item, except that
   * a `resource` block of a non-override file counts by its labels only
   * (override files merge into resources by type and name). The body of such a
   * block feeds only its own file's model (`terraformModel` reads one file and
   * the scope), so while every file's part is unchanged an unchanged file's
   * evaluation stands. Mirrors TerraformModule: if the model ever reads more
   * across files, this must include it. Computed once per parse; compared file
   * by file (no text of the whole module is built).
   */
  private declarationsOf(d: OnusDocument): string {
    let text = this.declarations.get(d);
    // A tree a newer text was parsed from (without beforeReparse) no longer matches its text: never the same scope as a live parse.
    if (text === undefined && d.hcl && wasConsumed(d.hcl)) return '\u0002consumed';
    if (text === undefined) {
      const override = isOverrideFile(d.uri);
      const parts = [d.uri];
      for (const item of d.hcl?.body.items ?? []) {
        if (!override && item.kind === 'block' && item.type === 'resource') parts.push(`resource ${item.labels.map((l) => l.value).join(' ')}`);
        else parts.push(d.text.slice(item.span.start, item.span.end));
      }
      text = parts.join('\u0000');
      this.declarations.set(d, text);
    }
    return text;
  }
}

/** evaluateModule, keeping the previous evaluation of every document whose parse did not change (the scope did not either). */
function reevaluate(previous: Evaluated, parsed: readonly OnusDocument[], given: ReadonlyMap<string, TfValue>): { documents: OnusDocument[]; module: TerraformModule; reused: Set<OnusDocument> } {
  const module = new TerraformModule(
    parsed.flatMap((d) => (d.hcl ? [{ uri: d.uri, file: d.hcl }] : [])),
    given,
  );
  const before = new Map(previous.parsed.map((d, i) => [d, previous.documents[i]]));
  const previousOf = new Map(previous.documents.map((d) => [d.uri, d]));
  const reused = new Set<OnusDocument>();
  const documents = parsed.map((d) => {
    const kept = before.get(d);
    if (kept) reused.add(kept);
    // An edited file keeps the resources of the blocks its edit left in place (model/terraform.ts).
    return kept ?? (d.hcl ? { ...d, ...terraformModel(d.uri, d.hcl, module.scope, previousOf.get(d.uri)) } : d);
  });
  return { documents, module, reused };
}
