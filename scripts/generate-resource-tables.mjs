// Writes the taggable-resource tables under rules/data/ from the installed source packages.
// Usage: npm run generate   (see rules/data/README.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll, missingSources } from './resource-tables-lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const missing = missingSources(root);
if (missing.length > 0) {
  console.error(`generate-resource-tables: not installed: ${missing.join(', ')} (run npm install)`);
  process.exitCode = 1;
} else {
  const outDir = join(root, 'rules', 'data');
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(await generateAll(root))) {
    writeFileSync(join(outDir, name), text);
    const { _counts } = JSON.parse(text);
    console.log(`rules/data/${name}: ${JSON.stringify(_counts)}`);
  }
}
