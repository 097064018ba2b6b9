// Writes rules/data/cloudformation-property-docs.json (short documentation of every CloudFormation
// resource type and property, for hovers) from the installed @aws-cdk/aws-service-spec.
// Usage: node scripts/generate-property-docs.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS_FILE, buildPropertyDocs, serializeDocs } from './property-docs-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = await buildPropertyDocs(root);
const text = serializeDocs(built);
writeFileSync(join(root, 'rules', 'data', DOCS_FILE), text);
console.log(`rules/data/${DOCS_FILE}: ${JSON.stringify(built.counts)}, ${text.length} chars`);
