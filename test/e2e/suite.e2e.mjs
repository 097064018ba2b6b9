// Runs the extension-host mocha suite (out/test/suite, from test/extension) inside code-server:
// the workbench, opened in headless Chromium with the smoke-test driver enabled, loads the
// extension from source (extensionDevelopmentPath = the repository, needs `npm run build`) and the
// tests (extensionTestsPath); the test runner reports its exit code through codeAutomationExit.
// Exit code: the suite's (0 = all passed). Needs `npm run build` and `npm run build:e2e` first.
import { existsSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { join } from 'node:path';
import { launchChromium, log, makeSandbox, remoteUri, removeSandbox, repoRoot, requireToolchain, startCodeServer, workbenchUrl } from './code-server.mjs';

const suiteTimeoutMs = Number(process.env.ONUS_E2E_SUITE_TIMEOUT_MS ?? 240_000);

export async function runSuite() {
  requireToolchain();
  for (const built of ['dist/client.js', 'dist/server.js', 'out/test/suite/index.js']) {
    if (!existsSync(join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build && npm run build:e2e\``);
  }
  const dirs = makeSandbox('suite');
  // The extension host does not inherit our environment: hand the switches over in a file next to
  // the workspace folder (test/extension/helpers.ts reads it).
  const options = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^ONUS_E2E_(BREAK|GREP|WAIT_MS)$/.test(k)));
  writeFileSync(join(dirs.root, 'e2e-options.json'), JSON.stringify(options));
  const server = await startCodeServer(dirs, { smokeTestDriver: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    let finish;
    const exitCode = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    let reported = false;
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      // The suite's report lines start with [onus-e2e] (test/extension/index.e2e.ts).
      const at = text.indexOf('[onus-e2e] ');
      if (at >= 0) {
        reported = true;
        for (const line of text.slice(at).split('\n')) process.stdout.write(`${line.replace(/^\[onus-e2e\] /, '')}\n`);
      } else if (process.env.ONUS_E2E_VERBOSE) log(`workbench ${type}: ${text}`);
    });
    const url = workbenchUrl(server, dirs.workspace, [
      ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
      ['extensionTestsPath', remoteUri(server, join(repoRoot, 'out/test/suite'))],
    ]);
    log('opening the workbench; the suite runs in its extension host');
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs)));
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    if (code === 'timeout') {
      const shot = join(dirs.root, 'timeout.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      log(`the suite did not finish within ${suiteTimeoutMs / 1000} s (screenshot ${shot}; code-server log ${dirs.log}); page errors: ${pageErrors.join(' | ') || 'none'}`);
      process.env.ONUS_E2E_KEEP = '1';
      return 1;
    }
    if (!reported) log(`the suite reported nothing (did the extension host load ${remoteUri(server, join(repoRoot, 'out/test/suite'))}? code-server log: ${dirs.log})`);
    log(`extension-host suite exit code ${code}`);
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
    removeSandbox(dirs);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runSuite().then(
    (code) => process.exit(code),
    (error) => {
      log(`FAILED: ${error.stack ?? error}`);
      process.exit(1);
    },
  );
}
