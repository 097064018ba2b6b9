// Writes rules/data/azurerm-taggable.json and rules/data/google-labelable.json from the prebuilt
// CDK for Terraform provider packages (@cdktf/provider-azurerm, @cdktf/provider-google and, merged
// into the Google table, @cdktf/provider-google-beta): bindings generated from each Terraform
// provider's own schema, one lib/<folder>/index.d.ts per resource, data source and provider.
//
// The packages are not dependencies of this project (each is about 270 MB unpacked). Fetch them into
// a scratch folder outside the repository, with npm's ordinary client:
//
//   cd <scratch>
//   npm pack @cdktf/provider-azurerm @cdktf/provider-google @cdktf/provider-google-beta
//   for f in cdktf-provider-*.tgz; do mkdir "${f%.tgz}" && tar -xzf "$f" -C "${f%.tgz}"; done
//
// then, from the repository root, pass the extracted package folders (those holding package.json
// and lib/; any order, recognised by their package name; google-beta is optional):
//
//   node scripts/generate-cloud-label-tables.mjs <scratch>/cdktf-provider-azurerm-<v>/package \
//     <scratch>/cdktf-provider-google-<v>/package <scratch>/cdktf-provider-google-beta-<v>/package
//
// Criteria (see the README of each rule that reads a table):
//   azurerm — a resource is taggable when its config interface declares
//             `readonly tags?: { [key: string]: string }` (a top-level string map; a `tags` list of
//             strings, as on azurerm_api_management_named_value, is something else).
//   google  — a resource is labelable when the provider gives it a computed `effective_labels`
//             attribute: the provider's marker (since v5) that a field holds the resource's own labels
//             and that the provider's `default_labels` are merged into it. That field is `labels`
//             (or the one string map named `*_labels`, e.g. google_container_cluster.resource_labels);
//             when `effective_labels` sits in a top-level block, the labels are that block's
//             (google_cloud_run_service: `metadata.labels`). A `labels` map without it, such as
//             google_monitoring_notification_channel's channel settings, is not a resource's labels.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR = 'scripts/generate-cloud-label-tables.mjs';
const CLASS_RE = /^export declare class (\w+) extends cdktf\.(TerraformResource|TerraformDataSource|TerraformProvider) \{\s*static readonly tfResourceType = "([^"]+)";/m;
const CTOR_RE = /constructor\(scope: Construct, id: string, config\??: (\w+)\);/;
// A documented string-map field: the doc link names the Terraform attribute (`…#resource_labels Class#resource_labels}`).
const STRING_MAP_RE = /#(\w+) \w+#\w+\}\s*\*\/\s*readonly (\w+)\?: \{\s*\[key: string\]: string;\s*\};/g;
const BLOCK_FIELD_RE = /#(\w+) \w+#\w+\}\s*\*\/\s*readonly (\w+)\??: (\w+);/g;
const TAGS_RE = /^ {4}readonly tags\?: \{\s*\[key: string\]: string;\s*\};/m;
const EFFECTIVE_LABELS = '\n    get effectiveLabels(): cdktf.StringMap;';

/** The body of `export interface <name> …{ … }` in a declaration file. */
function interfaceBody(source, name) {
  const start = source.search(new RegExp(`^export interface ${name}(?: extends [\\w.]+)? \\{`, 'm'));
  return start < 0 ? undefined : source.slice(start, source.indexOf('\n}', start));
}

/** Terraform names of the string-map fields an interface declares, by their binding names. */
function stringMaps(body) {
  return new Map([...body.matchAll(STRING_MAP_RE)].map((m) => [m[2], m[1]]));
}

/** Pure: where a Google resource keeps its own labels, from its index.d.ts and class section. */
function googleLabelProperty(source, type, config, classSection) {
  if (classSection.includes(EFFECTIVE_LABELS)) {
    const maps = [...stringMaps(config).values()].filter((name) => name === 'labels' || name.endsWith('_labels'));
    if (maps.includes('labels')) return 'labels';
    if (maps.length === 1) return maps[0];
    throw new Error(`${type}: effective_labels without one labels field (${maps.join(', ') || 'none'})`);
  }
  // effective_labels inside a block class (…OutputReference): the labels are that block's.
  const nested = [...source.matchAll(/^export declare class (\w+)OutputReference [^\n]*\n/gm)].filter((m) => {
    const end = source.indexOf('\n}', m.index);
    return source.slice(m.index, end).includes(EFFECTIVE_LABELS);
  });
  if (nested.length === 0) return undefined;
  const paths = [];
  for (const m of nested) {
    const field = [...config.matchAll(BLOCK_FIELD_RE)].find((f) => f[3] === m[1]);
    const block = interfaceBody(source, m[1]);
    const labels = block && [...stringMaps(block).values()].includes('labels');
    if (field && labels) paths.push(`${field[1]}.labels`);
  }
  if (paths.length !== 1) throw new Error(`${type}: effective_labels in blocks, but not exactly one top-level block with labels (${paths.join(', ')})`);
  return paths[0];
}

/**
 * Pure: one lib/<folder>/index.d.ts → what it declares.
 * @returns {{ type: string, kind: 'resource' | 'data' | 'provider', config: string, source: string, classSection: string } | undefined}
 */
function inspect(source) {
  const cls = CLASS_RE.exec(source);
  if (!cls) return undefined;
  const kind = cls[2] === 'TerraformResource' ? 'resource' : cls[2] === 'TerraformDataSource' ? 'data' : 'provider';
  const classSection = source.slice(cls.index);
  const ctor = CTOR_RE.exec(classSection);
  if (!ctor) throw new Error(`${cls[3]}: constructor config type not found`);
  const config = interfaceBody(source, ctor[1]);
  if (config === undefined) throw new Error(`${cls[3]}: interface ${ctor[1]} not found`);
  return { type: cls[3], kind, config, source, classSection };
}

function readPackage(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const declarations = [];
  const lib = join(dir, 'lib');
  for (const entry of readdirSync(lib, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const decl = inspect(readFileSync(join(lib, entry.name, 'index.d.ts'), 'utf8'));
    if (!decl) throw new Error(`${pkg.name}: lib/${entry.name}/index.d.ts declares no resource, data source or provider`);
    declarations.push(decl);
  }
  // `registry…/hashicorp/google` → `hashicorp/google`: the provider's address without a host.
  const provider = pkg.cdktf?.provider ?? {};
  const source = String(provider.name ?? '').split('/').slice(-2).join('/');
  return { name: pkg.name, version: pkg.version, provider: { source, version: provider.version }, declarations };
}

const origin = (p) => `${p.name}@${p.version} (${p.provider.source} ${p.provider.version})`;

/** The provider block's default tagging argument, if its schema has one. */
function providerDefault(p, pattern, name) {
  const provider = p.declarations.find((d) => d.kind === 'provider');
  if (!provider) throw new Error(`${p.name}: no provider declaration`);
  return pattern.test(provider.config) ? name : null;
}

function azurermTable(p) {
  const resources = p.declarations.filter((d) => d.kind === 'resource');
  const taggable = [...new Set(resources.filter((d) => TAGS_RE.test(d.config)).map((d) => d.type))].sort();
  return {
    _generated: `by ${GENERATOR} from ${origin(p)}`,
    _counts: { resourceTypes: resources.length, dataSources: p.declarations.filter((d) => d.kind === 'data').length, taggable: taggable.length },
    _provider: { defaultTags: providerDefault(p, /^ {4}readonly defaultTags\??:/m, 'default_tags') },
    resources: taggable,
  };
}

function googleTable(packages) {
  const table = new Map();
  const counts = {};
  for (const p of packages) {
    const resources = p.declarations.filter((d) => d.kind === 'resource');
    let labelable = 0;
    for (const d of resources) {
      const property = googleLabelProperty(d.source, d.type, d.config, d.classSection);
      if (property === undefined) continue;
      labelable++;
      const previous = table.get(d.type);
      if (previous !== undefined && previous !== property) throw new Error(`${d.type}: labels in ${previous} and ${property} in different packages`);
      table.set(d.type, property);
    }
    counts[p.name.replace('@cdktf/provider-', '')] = { resourceTypes: resources.length, labelable };
  }
  const byProperty = {};
  for (const property of table.values()) byProperty[property] = (byProperty[property] ?? 0) + 1;
  const defaults = packages.map((p) => providerDefault(p, /^ {4}readonly defaultLabels\?: \{\s*\[key: string\]: string;/m, 'default_labels'));
  if (new Set(defaults).size !== 1) throw new Error('google and google-beta disagree on default_labels');
  return {
    _generated: `by ${GENERATOR} from ${packages.map(origin).join(' and ')}`,
    _counts: { ...counts, labelable: table.size, byProperty: sortedObject(byProperty) },
    _provider: { defaultLabels: defaults[0] },
    resources: sortedObject(Object.fromEntries(table)),
  };
}

function sortedObject(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Metadata on one line each, one resource per line (readable regeneration diffs). */
function serialize(table) {
  const head = Object.entries(table)
    .filter(([k]) => k !== 'resources')
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const body = Array.isArray(table.resources)
    ? `[\n${table.resources.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`
    : `{\n${Object.entries(table.resources).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n  }`;
  return `{\n${head.join('\n')}\n  "resources": ${body}\n}\n`;
}

// `--out <dir>` writes elsewhere than rules/data (the generator's own test runs it on synthetic packages).
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? args.splice(outAt, 2)[1] : join(dirname(fileURLToPath(import.meta.url)), '..', 'rules', 'data');
const dirs = args;
if (dirs.length === 0 || !outDir) {
  console.error(`usage: node ${GENERATOR} [--out <dir>] <extracted @cdktf/provider-azurerm> <extracted @cdktf/provider-google> [<extracted @cdktf/provider-google-beta>] (see the header of this script)`);
  process.exit(1);
}
const packages = dirs.map(readPackage);
const byName = (n) => packages.find((p) => p.name === n);
const unknown = packages.filter((p) => !['@cdktf/provider-azurerm', '@cdktf/provider-google', '@cdktf/provider-google-beta'].includes(p.name));
if (unknown.length) throw new Error(`not a provider package this script reads: ${unknown.map((p) => p.name).join(', ')}`);
if (byName('@cdktf/provider-google-beta') && !byName('@cdktf/provider-google')) throw new Error('google-beta is merged into the google table: pass @cdktf/provider-google too');

const outputs = [];
if (byName('@cdktf/provider-azurerm')) outputs.push(['azurerm-taggable.json', azurermTable(byName('@cdktf/provider-azurerm'))]);
if (byName('@cdktf/provider-google')) outputs.push(['google-labelable.json', googleTable([byName('@cdktf/provider-google'), byName('@cdktf/provider-google-beta')].filter(Boolean))]);
for (const [name, table] of outputs) {
  writeFileSync(join(outDir, name), serialize(table));
  console.log(`${join(outDir, name)}: ${JSON.stringify(table._counts)} ${JSON.stringify(table._provider)}`);
}
