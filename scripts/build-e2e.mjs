// Bundles the extension-host test suite (test/extension) to out/test/suite/index.js for
// `npm run test:e2e` / `npm run test:vscode`. `vscode` is the host's; mocha resolves from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['test/extension/index.e2e.ts'],
  outfile: 'out/test/suite/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode', 'mocha'],
});
