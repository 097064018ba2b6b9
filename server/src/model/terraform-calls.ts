/**
 * Local module calls: `module "x" { source = "./modules/y" … }`. The caller's
 * arguments become the child's variable values, evaluated in the caller's
 * scope; the caller's provider configurations reach the child (Terraform's
 * implicit inheritance, or the `providers = { aws = aws.eu }` mapping).
 * Registry and remote sources are not fetched.
 */
import type * as hcl from '../hcl/ast';
import { evaluate, type EvalScope } from '../evaluate/expression';
import { fromModel, isUnknown, type TfValue } from '../evaluate/tf-value';
import type { ProviderConfig } from './types';

/** Arguments of a module block that are Terraform's, not the child's variables. */
const metaArguments = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

export interface ModuleCall {
  name: string;
  /** The literal `source` of a local module (`./…` or `../…`). */
  source: string;
  block: hcl.Block;
}

/** The local module calls of a file. */
export function localModuleCalls(file: hcl.ConfigFile): ModuleCall[] {
  const calls: ModuleCall[] = [];
  for (const item of file.body.items) {
    if (item.kind !== 'block' || item.type !== 'module' || item.labels.length !== 1) continue;
    const source = item.body.items.find((i): i is hcl.Attribute => i.kind === 'attribute' && i.name === 'source');
    const value = source ? evaluate(source.expr, { variable: () => null, local: () => null }) : undefined;
    if (typeof value === 'string' && (value.startsWith('./') || value.startsWith('../'))) calls.push({ name: item.labels[0].value, source: value, block: item });
  }
  return calls;
}

/** The child's variable values given by a call, evaluated in the caller's scope. */
export function callInputs(call: ModuleCall, scope: EvalScope): Map<string, TfValue> {
  const inputs = new Map<string, TfValue>();
  for (const item of call.block.body.items) {
    if (item.kind === 'attribute' && !metaArguments.has(item.name)) inputs.set(item.name, evaluate(item.expr, scope));
  }
  return inputs;
}

/**
 * The provider configurations the child sees: with a `providers` map, each
 * mapped caller configuration under the child's name/alias; without one, the
 * caller's default (unaliased) configurations.
 */
export function inheritedProviders(call: ModuleCall, callerProviders: readonly ProviderConfig[]): ProviderConfig[] {
  const mapping = call.block.body.items.find((i): i is hcl.Attribute => i.kind === 'attribute' && i.name === 'providers');
  if (!mapping) return callerProviders.filter((p) => p.alias === undefined);
  if (mapping.expr.kind !== 'object') return [];
  const out: ProviderConfig[] = [];
  for (const item of mapping.expr.items) {
    const [childName, childAlias] = (item.keyName ?? exprText(item.key) ?? '').split('.');
    const [parentName, parentAlias] = (exprText(item.value) ?? '').split('.');
    const found = callerProviders.find((p) => p.name === parentName && p.alias === parentAlias);
    if (found && childName) out.push({ ...found, name: childName, alias: childAlias });
  }
  return out;
}

function exprText(expr: hcl.Expression): string | undefined {
  if (expr.kind === 'variable') return expr.name;
  if (expr.kind === 'getattr') {
    const head = exprText(expr.object);
    return head === undefined ? undefined : `${head}.${expr.name}`;
  }
  return undefined;
}

/** A stable text for what a child's evaluation depends on (cache stamp). */
export function inputsStamp(inputs: ReadonlyMap<string, TfValue>, providers: readonly ProviderConfig[]): string {
  const plain = (v: TfValue): unknown => (isUnknown(v) ? { unknown: v.reason, ref: v.reference } : Array.isArray(v) ? v.map(plain) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).map((k) => [k, plain(v[k])])) : v);
  return JSON.stringify([[...inputs].map(([k, v]) => [k, plain(v)]), providers.map((p) => [p.name, p.alias, p.span.start, p.span.end, plain(fromModel(p.body))])]);
}
