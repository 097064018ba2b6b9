/**
 * The module-level evaluation of a Terraform unit: the variable-definitions
 * files of its directory (`terraform.tfvars`, `*.auto.tfvars`, `.json` forms),
 * read only when their stamp changes, and the unit's documents re-evaluated
 * together — reused while neither the parsed documents nor the tfvars change,
 * so a keystroke evaluates a module once.
 */
import { join } from 'node:path';
import type { OnusDocument } from '../index';
import { mergeTfvars, tfvarsRank } from '../evaluate/variables';
import type { TfValue } from '../evaluate/tf-value';
import { evaluateModule, type TerraformModule } from '../model/terraform-module';
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
  evaluate(key: string, dir: string | undefined, parsed: readonly OnusDocument[], inputs?: CallerInputs): { documents: OnusDocument[]; module: TerraformModule } {
    const vars = inputs ? { files: [], stamp: `inputs:${inputs.stamp}` } : dir === undefined ? { files: [], stamp: '' } : this.tfvars(dir);
    const previous = this.evaluated.get(key);
    if (previous && previous.tfvarsStamp === vars.stamp && previous.parsed.length === parsed.length && previous.parsed.every((d, i) => d === parsed[i])) return previous;
    const given = inputs ? inputs.values : mergeTfvars(vars.files);
    const result = evaluateModule(parsed, given);
    if (inputs?.providers.length && result.documents.length) {
      // The caller's provider configurations reach the child unless it configures the same provider itself.
      const own = result.documents.flatMap((d) => d.providers ?? []);
      const inherited = inputs.providers.filter((p) => !own.some((o) => o.name === p.name && o.alias === p.alias));
      const first = result.documents[0];
      result.documents[0] = { ...first, providers: [...(first.providers ?? []), ...inherited] };
    }
    this.evaluated.delete(key);
    this.evaluated.set(key, { parsed: [...parsed], tfvarsStamp: vars.stamp, ...result });
    while (this.evaluated.size > this.capacity) {
      const oldest = this.evaluated.keys().next().value;
      if (oldest === undefined) break;
      this.evaluated.delete(oldest);
    }
    return result;
  }
}
