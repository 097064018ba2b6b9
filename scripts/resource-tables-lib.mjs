// Builds the taggable-resource tables in rules/data/ from the packages that describe AWS resources.
// Shared by scripts/generate-resource-tables.mjs (writes the files) and the drift test in
// test/unit/data/ (rebuilds them in memory and compares), so both run exactly the same logic.
//
// Sources:
//   CloudFormation — @aws-cdk/aws-service-spec: its database (db.json.gz, read through the package's
//                    own loadAwsServiceSpec()) lists every resource type with `tagInformation`
//                    ({ tagPropertyName, variant }) when the type is taggable.
//   Terraform      — @cdktf/provider-aws: one folder per resource / data source under lib/; its
//                    index.d.ts holds the class (`static readonly tfResourceType = "aws_…"`) and the
//                    config interface the constructor takes. A resource is taggable when that
//                    interface declares `readonly tags?: { [key: string]: string }`.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const CFN_PACKAGE = '@aws-cdk/aws-service-spec';
export const TF_PACKAGE = '@cdktf/provider-aws';
export const CFN_FILE = 'cloudformation-tags.json';
export const TF_FILE = 'terraform-tags.json';
const GENERATOR = 'scripts/generate-resource-tables.mjs';

/** A `require` that resolves from the project root (the folder holding node_modules). */
function requireFrom(root) {
  return createRequire(join(root, 'package.json'));
}

/** The installed version of a package, or undefined when it is not installed. */
export function installedVersion(root, name) {
  try {
    return requireFrom(root)(`${name}/package.json`).version;
  } catch {
    return undefined;
  }
}

/** Both source packages present? Returns the names of the missing ones. */
export function missingSources(root) {
  return [CFN_PACKAGE, TF_PACKAGE].filter((name) => installedVersion(root, name) === undefined);
}

function header(name, version) {
  return `by ${GENERATOR} from ${name}@${version}`;
}

// ---------------------------------------------------------------------------------------------
// CloudFormation

/**
 * Pure: CFN resource records (as the service-spec database holds them) → the table object.
 * @param {Iterable<{cloudFormationType: string, tagInformation?: {tagPropertyName: string, variant: string}}>} resources
 * @param {string} version version of the source package
 */
export function cloudFormationTableFrom(resources, version) {
  const types = new Set();
  const taggable = new Map();
  for (const r of resources) {
    types.add(r.cloudFormationType);
    if (r.tagInformation) {
      const { tagPropertyName, variant } = r.tagInformation;
      const previous = taggable.get(r.cloudFormationType);
      if (previous && (previous[0] !== tagPropertyName || previous[1] !== variant)) {
        throw new Error(`${r.cloudFormationType}: conflicting tagInformation in the source database`);
      }
      taggable.set(r.cloudFormationType, [tagPropertyName, variant]);
    }
  }
  const variants = {};
  for (const [, variant] of taggable.values()) variants[variant] = (variants[variant] ?? 0) + 1;
  return {
    _generated: header(CFN_PACKAGE, version),
    _counts: { resourceTypes: types.size, taggable: taggable.size, variants: sortedObject(variants) },
    resources: sortedObject(Object.fromEntries(taggable)),
  };
}

/** Loads the service-spec database through the package's own loader and builds the table. */
export async function buildCloudFormationTable(root) {
  const req = requireFrom(root);
  const { loadAwsServiceSpec } = req(CFN_PACKAGE);
  const db = await loadAwsServiceSpec();
  return cloudFormationTableFrom(db.all('resource'), installedVersion(root, CFN_PACKAGE));
}

// ---------------------------------------------------------------------------------------------
// Terraform

const CLASS_RE = /^export declare class (\w+) extends cdktf\.(TerraformResource|TerraformDataSource|TerraformProvider) \{\s*static readonly tfResourceType = "([^"]+)";/m;
const CTOR_RE = /constructor\(scope: Construct, id: string, config\??: (\w+)\);/;
const TAGS_RE = /^ {4}readonly tags\?: \{\s*\[key: string\]: string;\s*\};/m;
const TAGS_ALL_RE = /^ {4}readonly tagsAll\?: \{/m;

/**
 * Pure: one index.d.ts of @cdktf/provider-aws → what it declares.
 * @param {string} source the text of lib/<folder>/index.d.ts
 * @returns {{ type: string, kind: 'resource' | 'data' | 'provider', tags: boolean, tagsAllInput: boolean } | undefined}
 */
export function inspectDeclaration(source) {
  const cls = CLASS_RE.exec(source);
  if (!cls) return undefined;
  const kind = cls[2] === 'TerraformResource' ? 'resource' : cls[2] === 'TerraformDataSource' ? 'data' : 'provider';
  if (kind === 'provider') return { type: cls[3], kind, tags: false, tagsAllInput: false };
  const ctor = CTOR_RE.exec(source.slice(cls.index));
  if (!ctor) throw new Error(`${cls[3]}: constructor config type not found`);
  const start = source.indexOf(`export interface ${ctor[1]} extends cdktf.TerraformMetaArguments {`);
  if (start < 0) throw new Error(`${cls[3]}: interface ${ctor[1]} not found`);
  const end = source.indexOf('\n}', start);
  const body = source.slice(start, end);
  return { type: cls[3], kind, tags: TAGS_RE.test(body), tagsAllInput: TAGS_ALL_RE.test(body) };
}

/** Pure: declarations of every folder → the table object. */
export function terraformTableFrom(declarations, version) {
  const resources = declarations.filter((d) => d.kind === 'resource');
  const taggable = resources.filter((d) => d.tags).map((d) => d.type);
  const unique = [...new Set(taggable)].sort();
  if (unique.length !== taggable.length) throw new Error('a Terraform type is declared twice in the source package');
  return {
    _generated: header(TF_PACKAGE, version),
    _counts: {
      resourceTypes: resources.length,
      dataSources: declarations.filter((d) => d.kind === 'data').length,
      taggable: unique.length,
      taggableWithoutTagsAllInput: resources.filter((d) => d.tags && !d.tagsAllInput).length,
    },
    resources: unique,
  };
}

/** Reads every lib/<folder>/index.d.ts of the provider package (~35 MB, one pass) and builds the table. */
export function buildTerraformTable(root) {
  const req = requireFrom(root);
  const libDir = join(dirname(req.resolve(`${TF_PACKAGE}/package.json`)), 'lib');
  const declarations = [];
  for (const entry of readdirSync(libDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const decl = inspectDeclaration(readFileSync(join(libDir, entry.name, 'index.d.ts'), 'utf8'));
    if (!decl) throw new Error(`${TF_PACKAGE}: lib/${entry.name}/index.d.ts declares no resource, data source or provider`);
    declarations.push(decl);
  }
  return terraformTableFrom(declarations, installedVersion(root, TF_PACKAGE));
}

// ---------------------------------------------------------------------------------------------
// Output

function sortedObject(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Compact but diff-friendly JSON: metadata fields as usual, one table entry per line.
 * @param {{ resources: unknown[] | Record<string, unknown> }} table
 */
export function serialize(table) {
  const lines = ['{'];
  for (const [key, value] of Object.entries(table)) {
    if (key !== 'resources') lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  }
  const entries = Array.isArray(table.resources)
    ? table.resources.map((v) => `    ${JSON.stringify(v)}`)
    : Object.entries(table.resources).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const [open, close] = Array.isArray(table.resources) ? ['[', ']'] : ['{', '}'];
  lines.push(`  "resources": ${open}`, entries.join(',\n'), `  ${close}`, '}');
  return lines.join('\n') + '\n';
}

/** Every generated file: name (relative to rules/data/) → exact text. */
export async function generateAll(root) {
  const cfn = await buildCloudFormationTable(root);
  const tf = buildTerraformTable(root);
  return { [CFN_FILE]: serialize(cfn), [TF_FILE]: serialize(tf) };
}
