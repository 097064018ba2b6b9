/**
 * What the intrinsic evaluator knows about a template: its Parameters (type,
 * Default, AllowedValues), Mappings, Conditions and resource logical ids. Built
 * once per parse from the model of the template's top level.
 */
import type { MObject, MValue } from '../model/types';

export interface ParameterInfo {
  type?: string;
  default?: MValue;
  /** AllowedValues as strings; undefined when absent or not all knowable. */
  allowed?: string[];
}

export interface TemplateContext {
  parameters: ReadonlyMap<string, ParameterInfo>;
  mappings?: MObject;
  /** Raw condition expressions by name. */
  conditions: ReadonlyMap<string, MValue>;
  resources: ReadonlySet<string>;
}

/** Pseudo parameters: all deploy-time values except `AWS::NoValue`, which removes a property. */
export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

function section(top: MObject | undefined, key: string): MObject | undefined {
  const v = top?.entries.get(key)?.value;
  return v?.kind === 'object' ? v : undefined;
}

function scalarText(v: MValue | undefined): string | undefined {
  if (v?.kind !== 'scalar' || v.value === null) return undefined;
  return String(v.value);
}

function parameterInfo(definition: MValue): ParameterInfo {
  if (definition.kind !== 'object') return {};
  const info: ParameterInfo = {};
  const type = scalarText(definition.entries.get('Type')?.value);
  if (type) info.type = type;
  const def = definition.entries.get('Default')?.value;
  // A Default written as an intrinsic is invalid CloudFormation; treat it as absent.
  if (def && def.kind !== 'unknown' && !(def.kind === 'scalar' && def.value === null)) info.default = def;
  const allowed = definition.entries.get('AllowedValues')?.value;
  if (allowed?.kind === 'list') {
    const texts = allowed.items.map(scalarText);
    if (texts.every((t): t is string => t !== undefined)) info.allowed = texts;
  }
  return info;
}

export function templateContext(top: MValue | undefined): TemplateContext {
  const root = top?.kind === 'object' ? top : undefined;
  const parameters = new Map<string, ParameterInfo>();
  for (const [name, entry] of section(root, 'Parameters')?.entries ?? []) parameters.set(name, parameterInfo(entry.value));
  const conditions = new Map<string, MValue>();
  for (const [name, entry] of section(root, 'Conditions')?.entries ?? []) conditions.set(name, entry.value);
  const resources = new Set<string>(section(root, 'Resources')?.entries.keys() ?? []);
  return { parameters, mappings: section(root, 'Mappings'), conditions, resources };
}
