/**
 * One Terraform module as an evaluation scope: its `variable` declarations
 * (with the values given by tfvars or a module call), its `locals`, and lazy,
 * memoised evaluation of both. A local that depends on itself (directly or
 * through others) is Unknown with the cycle as reason — evaluation never hangs.
 */
import type * as hcl from '../hcl/ast';
import { evaluate, type EvalScope } from '../evaluate/expression';
import { Unknown, type TfValue } from '../evaluate/tf-value';
import { variableDecl, variableValue } from '../evaluate/variables';
import { siblingReuse, terraformModel } from './terraform';
import type { ProviderConfig, Resource } from './types';

/** `override.tf`, `*_override.tf` (and their `.tf.json` forms): their declarations merge into the module's (Terraform's override rule). */
export function isOverrideFile(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1).replace(/\.json$/, '');
  return name === 'override.tf' || name.endsWith('_override.tf');
}

export interface ModuleFile {
  uri: string;
  file: hcl.ConfigFile;
}

export class TerraformModule {
  /** The `variable` block of each name (the last one wins: override files come last); declarations are read when a variable is. */
  private readonly variables = new Map<string, hcl.Block>();
  readonly locals = new Map<string, hcl.Expression>();
  private readonly values = new Map<string, TfValue>();
  private readonly stack: string[] = [];
  /** Locals found on a cycle, with the cycle: each of them is unknown as a whole. */
  private readonly cycles = new Map<string, string>();
  /** The scope expressions of this module are evaluated in (outside any resource). */
  readonly scope: EvalScope;
  /** What `track` is collecting into, if anything. */
  private reads: Set<string> | undefined;
  /** The variables each computed local read. */
  private readonly localReads = new Map<string, ReadonlySet<string>>();

  constructor(
    files: readonly ModuleFile[],
    /** Values given from outside: tfvars (root module) or the caller's arguments (child module). */
    private readonly given: ReadonlyMap<string, TfValue> = new Map(),
  ) {
    const ordered = [...files.filter((f) => !isOverrideFile(f.uri)), ...files.filter((f) => isOverrideFile(f.uri))];
    const originals = new Set<string>();
    const overrides = new Map<string, hcl.Block[]>();
    for (const { uri, file } of ordered) {
      const override = isOverrideFile(uri);
      for (const item of file.body.items) {
        if (item.kind !== 'block') continue;
        if (item.type === 'variable' && item.labels.length === 1) this.variables.set(item.labels[0].value, item);
        else if (item.type === 'locals') {
          for (const a of item.body.items) if (a.kind === 'attribute') this.locals.set(a.name, a.expr);
        } else if (item.type === 'resource' && item.labels.length === 2) {
          const key = `${item.labels[0].value}.${item.labels[1].value}`;
          if (!override) originals.add(key);
          else if (originals.has(key)) overrides.set(key, [...(overrides.get(key) ?? []), item]);
        }
      }
    }
    this.scope = {
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      track: (fn) => this.track(fn),
      resourceOverrides: overrides.size ? overrides : undefined,
    };
  }

  /** The variables read while `fn` ran, directly or through locals (whose own reads are remembered with their value). */
  track<T>(fn: () => T): { value: T; variables: ReadonlySet<string> } {
    const outer = this.reads;
    const variables = new Set<string>();
    this.reads = variables;
    try {
      return { value: fn(), variables };
    } finally {
      this.reads = outer;
      if (outer) for (const v of variables) outer.add(v);
    }
  }

  variable(name: string): TfValue {
    this.reads?.add(name);
    const key = `var.${name}`;
    const cached = this.values.get(key);
    if (cached !== undefined) return cached;
    const block = this.variables.get(name);
    const value = block ? variableValue(variableDecl(block), this.given.get(name)) : new Unknown(`variable var.${name} is not declared in this module`, key);
    this.values.set(key, value);
    return value;
  }

  local(name: string): TfValue {
    const key = `local.${name}`;
    const cached = this.values.get(key);
    if (cached !== undefined) {
      for (const v of this.localReads.get(name) ?? []) this.reads?.add(v);
      return cached;
    }
    const expr = this.locals.get(name);
    if (!expr) return new Unknown(`local.${name} is not declared in this module`, key);
    if (this.stack.includes(key)) {
      const members = this.stack.slice(this.stack.indexOf(key));
      const reason = `cycle: ${[...members, key].join(' → ')}`;
      for (const member of members) if (!this.cycles.has(member)) this.cycles.set(member, reason);
      return new Unknown(reason);
    }
    this.stack.push(key);
    let value: TfValue;
    try {
      const tracked = this.track(() => evaluate(expr, this.scope));
      value = tracked.value;
      this.localReads.set(name, tracked.variables);
    } finally {
      this.stack.pop();
    }
    const cycle = this.cycles.get(key);
    if (cycle !== undefined) value = new Unknown(cycle);
    this.values.set(key, value);
    return value;
  }
}

/**
 * The documents of one module re-evaluated together: each file's resources
 * and providers see every file's variables and locals and the given values.
 * Documents without an HCL tree (skipped files) are returned as they are.
 */
export function evaluateModule<D extends { uri: string; hcl?: hcl.ConfigFile; resources: Resource[]; providers?: ProviderConfig[] }>(
  documents: readonly D[],
  given: ReadonlyMap<string, TfValue>,
  /** The same module evaluated for another caller: what reads the same values here is taken from it. */
  sibling?: { module: TerraformModule; documents: readonly D[] },
): { documents: D[]; module: TerraformModule } {
  const module = new TerraformModule(
    documents.flatMap((d) => (d.hcl ? [{ uri: d.uri, file: d.hcl }] : [])),
    given,
  );
  const shared = sibling && siblingReuse({ variable: (name) => sibling.module.variable(name), documents: sibling.documents }, module);
  return { documents: documents.map((d) => (d.hcl ? { ...d, ...terraformModel(d.uri, d.hcl, module.scope, undefined, shared) } : d)), module };
}
