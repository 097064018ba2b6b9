// Writes rules/data/cloudformation-property-docs.json (short documentation of every CloudFormation
// resource type and property, at any depth, for hovers) from the installed @aws-cdk/aws-service-spec.
// Usage: node scripts/generate-property-docs.mjs
//
// Imported by the drift test in test/unit/data/ (which rebuilds the table in memory): writing the
// file only happens when this script is run directly.
//
// Decoded table (gzip + base64 inside JSON, so the bundler inlines it like the other tables):
//   shapes: distinct property sets, `{ Property: "<!><type> <doc>" }`: `!` when the property is
//           required, its type code (below), a space, its short doc (`docOf`: the first sentence
//           of the first paragraph, property-docs-lib.mjs `shortDoc`)
//   types:  per resource type `[typeDoc, shape of Properties, { PropertyTypeName: shape }]`, shapes
//           as indexes into `shapes`
// Type codes: `[` list of, `{` map of, then `#Name` (a property type of the same resource; a bare
// `#` when Name is the property's own name) or a primitive (`String`, `Integer`, `Number`,
// `Boolean`, `Json`, `Timestamp`, `Tag`, `Null`); alternatives of a union are joined with `|`.
// Identical shapes (within a resource and across resources) are stored once; docs stay next to
// their keys (smaller after gzip than a separate table of distinct sentences).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOCS_FILE, DOCS_PACKAGE, decode, encode, shortDoc } from './property-docs-lib.mjs';

export { decode, shortDoc };

const GENERATOR = 'scripts/generate-property-docs.mjs';
const PRIMITIVES = { string: 'String', number: 'Number', integer: 'Integer', boolean: 'Boolean', json: 'Json', 'date-time': 'Timestamp', tag: 'Tag', null: 'Null' };

/** The first sentence of the first paragraph (notes and lists that follow it are not part of it). */
export function docOf(text) {
  return shortDoc(typeof text === 'string' ? text.trim().split(/\n\s*\n/)[0] : text);
}

/**
 * Pure: resource records and a lookup of property types by id (as the service-spec database holds
 * them) → the decoded table and its counts.
 */
export function propertyDocsFrom(resources, typeDefinition) {
  const shapes = [];
  const shapeIndex = new Map();
  const counts = { resourceTypes: 0, properties: 0, propertyTypes: 0, nestedProperties: 0, distinctShapes: 0 };
  const types = {};
  const sorted = [...resources].sort((a, b) => (a.cloudFormationType < b.cloudFormationType ? -1 : 1));
  for (const r of sorted) {
    // Property types this resource reaches, by id → name (unique within the resource).
    const names = new Map();
    const used = new Set();
    const pending = [];
    const nameOf = (id) => {
      if (!names.has(id)) {
        const def = typeDefinition(id);
        const base = String(def?.name ?? id).replace(/[^A-Za-z0-9_.-]/g, '_');
        let name = base;
        for (let n = 2; used.has(name); n++) name = `${base}${n}`;
        used.add(name);
        names.set(id, name);
        if (def) pending.push([name, def]);
      }
      return names.get(id);
    };
    const code = (t) => {
      switch (t?.type) {
        // A collection of a union is a union of collections: each alternative keeps its own prefix.
        case 'array':
          return code(t.element).split('|').map((alt) => `[${alt}`).join('|');
        case 'map':
          return code(t.element).split('|').map((alt) => `{${alt}`).join('|');
        case 'ref':
          return `#${nameOf(t.reference.$ref)}`;
        case 'union':
          return t.types.map(code).join('|');
        default:
          return PRIMITIVES[t?.type] ?? 'Json';
      }
    };
    const shape = (properties) => {
      const out = {};
      for (const name of Object.keys(properties ?? {}).sort()) {
        const p = properties[name];
        const c = code(p.type)
          .split('|')
          .map((alt) => alt.replace(/^([[{]*)#(.*)$/, (whole, prefix, ref) => (ref === name ? `${prefix}#` : whole)))
          .join('|');
        out[name] = `${p.required ? '!' : ''}${c} ${docOf(p.documentation)}`;
      }
      const key = JSON.stringify(out);
      if (!shapeIndex.has(key)) {
        shapeIndex.set(key, shapes.length);
        shapes.push(out);
      }
      return [shapeIndex.get(key), Object.keys(out).length];
    };
    const [top, topCount] = shape(r.properties);
    counts.properties += topCount;
    const defs = {};
    while (pending.length) {
      const [name, def] = pending.shift();
      const [s, n] = shape(def.properties);
      defs[name] = s;
      counts.propertyTypes++;
      counts.nestedProperties += n;
    }
    const ordered = {};
    for (const name of Object.keys(defs).sort()) ordered[name] = defs[name];
    types[r.cloudFormationType] = [docOf(r.documentation), top, ordered];
    counts.resourceTypes++;
  }
  counts.distinctShapes = shapes.length;
  return { decoded: { shapes, types }, counts };
}

export async function buildPropertyDocs(root) {
  const req = createRequire(join(root, 'package.json'));
  const { loadAwsServiceSpec } = req(DOCS_PACKAGE);
  const version = req(`${DOCS_PACKAGE}/package.json`).version;
  const db = await loadAwsServiceSpec();
  const typeDefinition = (id) => {
    try {
      return db.get('typeDefinition', id);
    } catch {
      return undefined;
    }
  };
  const { decoded, counts } = propertyDocsFrom(db.all('resource'), typeDefinition);
  return { version, decoded, counts };
}

/** The file's exact text. */
export function serializeDocs({ version, decoded, counts }) {
  const table = { _generated: `by ${GENERATOR} from ${DOCS_PACKAGE}@${version}`, _counts: counts, encoding: 'gzip+base64 JSON {shapes, types}', data: encode(decoded) };
  return JSON.stringify(table, null, 2) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const built = await buildPropertyDocs(root);
  const text = serializeDocs(built);
  writeFileSync(join(root, 'rules', 'data', DOCS_FILE), text);
  console.log(`rules/data/${DOCS_FILE}: ${JSON.stringify(built.counts)}, ${text.length} chars`);
}
