// `npm run test:vscode`: the same extension-host suite (test/extension → out/test/suite) in a desktop
// VS Code that @vscode/test-electron downloads (needs internet access: a laptop or public CI; on the
// project's offline machines use `npm run test:e2e`). Opens a temporary copy of the fixture workspace.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = mkdtempSync(join(tmpdir(), 'onus-vscode-'));
const workspace = join(root, 'ws');
cpSync(join(repoRoot, 'test/fixtures/e2e-workspace'), workspace, { recursive: true });
let code = 1;
try {
  await runTests({
    // The download goes to the same cache as the code-server toolchain, outside the repository.
    cachePath: join(process.env.ONUS_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'onus-e2e'), 'vscode-test'),
    version: process.env.ONUS_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out/test/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(root, 'user-data')],
    extensionTestsEnv: { ONUS_E2E_BREAK: process.env.ONUS_E2E_BREAK ?? '' },
  });
  code = 0;
} catch (error) {
  console.error(`extension-host suite failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
process.exit(code);
