// Regenerates docs/rules.md from the rule catalog (run through tsx: the catalog is TypeScript).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../rules/index.ts';
import { catalogMarkdown } from '../rules/catalog-doc.ts';

const target = join(import.meta.dirname, '..', 'docs', 'rules.md');
writeFileSync(target, catalogMarkdown(allRules));
console.log(`docs/rules.md: ${allRules.length} rules`);
