// Builds the CloudFormation property documentation table (rules/data/cloudformation-property-docs.json)
// from @aws-cdk/aws-service-spec. Shared by scripts/generate-property-docs.mjs (writes the file) and the
// drift test in test/unit/data/ (rebuilds it in memory and compares the decoded content).
//
// Kept small on purpose: one short sentence per resource type and per top-level property (markdown
// links reduced to their text, capped in length), each distinct sentence stored once, the whole
// gzip-compressed and base64-encoded inside a JSON file so the bundler inlines it like the other tables.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export const DOCS_PACKAGE = '@aws-cdk/aws-service-spec';
export const DOCS_FILE = 'cloudformation-property-docs.json';
const GENERATOR = 'scripts/generate-property-docs.mjs';
const MAX = 240;

/** Markdown → one short plain sentence. */
export function shortDoc(text) {
  if (typeof text !== 'string') return '';
  let s = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/^\s*>\s*/gm, '') // note blocks
    .replace(/\*\*?([^*]+)\*\*?/g, '$1') // emphasis
    .replace(/\s+/g, ' ')
    .trim();
  // The first sentence: up to a period followed by a space and a capital, or the end.
  const m = /^(.+?[.!?])(?=\s+[A-Z`(])/.exec(s);
  if (m) s = m[1];
  if (s.length > MAX) s = `${s.slice(0, MAX - 1).replace(/\s+\S*$/, '')}…`;
  return s;
}

/**
 * Pure: resource records (as the service-spec database holds them) → the decoded table:
 * `docs` (distinct sentences) and per type `[typeDoc, { Property: doc }]`, where a doc is an index
 * into `docs`, negated minus one when the property is required.
 */
export function propertyDocsFrom(resources) {
  const docs = [];
  const index = new Map();
  const ref = (text) => {
    const s = shortDoc(text);
    if (!index.has(s)) {
      index.set(s, docs.length);
      docs.push(s);
    }
    return index.get(s);
  };
  const types = {};
  let properties = 0;
  const sorted = [...resources].sort((a, b) => (a.cloudFormationType < b.cloudFormationType ? -1 : 1));
  for (const r of sorted) {
    const props = {};
    for (const name of Object.keys(r.properties ?? {}).sort()) {
      const p = r.properties[name];
      const i = ref(p.documentation);
      props[name] = p.required ? -i - 1 : i;
      properties++;
    }
    types[r.cloudFormationType] = [ref(r.documentation), props];
  }
  return { decoded: { docs, types }, counts: { resourceTypes: Object.keys(types).length, properties, distinctDocs: docs.length } };
}

export function encode(decoded) {
  return gzipSync(Buffer.from(JSON.stringify(decoded)), { level: 9 }).toString('base64');
}

export function decode(data) {
  return JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8'));
}

export async function buildPropertyDocs(root) {
  const req = createRequire(join(root, 'package.json'));
  const { loadAwsServiceSpec } = req(DOCS_PACKAGE);
  const version = req(`${DOCS_PACKAGE}/package.json`).version;
  const db = await loadAwsServiceSpec();
  const { decoded, counts } = propertyDocsFrom(db.all('resource'));
  return { version, decoded, counts };
}

/** The file's exact text. */
export function serializeDocs({ version, decoded, counts }) {
  const table = { _generated: `by ${GENERATOR} from ${DOCS_PACKAGE}@${version}`, _counts: counts, encoding: 'gzip+base64 JSON {docs, types}', data: encode(decoded) };
  return JSON.stringify(table, null, 2) + '\n';
}
