// `npm run test:e2e`: installs the toolchain if needed (scripts/e2e/install.sh, cached outside the
// repository), builds, runs the extension-host suite in code-server, packages onus.vsix and runs the
// UI test. Prints the wall time of each part. Options:
//   --only=suite|ui    run one part      --repeat=N    run the parts N times, stop at the first failure
//   --skip-install     trust the cache   --skip-build  use the existing dist/, out/ and onus.vsix
// Environment: ONUS_E2E_BREAK=rule,hover,fix makes the tests expect something wrong (to prove they
// fail); ONUS_E2E_KEEP=1 keeps the temporary folders; ONUS_E2E_VERBOSE=1 echoes workbench logs.
import { spawnSync } from 'node:child_process';
import { log, repoRoot } from './code-server.mjs';
import { runSuite } from './suite.e2e.mjs';
import { runUi } from './ui.e2e.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const only = option('only');
const repeat = Number(option('repeat') ?? 1);
const times = [];

function timed(name, fn) {
  return async () => {
    const t0 = Date.now();
    const result = await fn();
    const seconds = (Date.now() - t0) / 1000;
    times.push(`${name}: ${seconds.toFixed(1)} s`);
    log(`${name} took ${seconds.toFixed(1)} s`);
    return result;
  };
}

function sh(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed with ${result.status ?? result.signal}`);
}

async function main() {
  if (!args.includes('--skip-install')) await timed('toolchain (scripts/e2e/install.sh)', () => sh('bash', ['scripts/e2e/install.sh']))();
  if (!args.includes('--skip-build')) {
    await timed('build (dist/ + out/test/suite)', () => {
      sh('node', ['scripts/build.mjs']);
      sh('node', ['scripts/build-e2e.mjs']);
    })();
    if (only !== 'suite') await timed('package (onus.vsix)', () => sh('npm', ['run', '--silent', 'package']))();
  }
  let passes = 0;
  for (let round = 1; round <= repeat; round++) {
    if (repeat > 1) log(`round ${round} of ${repeat}`);
    if (only !== 'ui') {
      const code = await timed(`extension-host suite (code-server)${repeat > 1 ? ` #${round}` : ''}`, runSuite)();
      if (code !== 0) return fail(`extension-host suite failed (exit ${code})`, passes);
    }
    if (only !== 'suite') {
      const code = await timed(`UI test (code-server + Chromium)${repeat > 1 ? ` #${round}` : ''}`, runUi)();
      if (code !== 0) return fail(`UI test failed (exit ${code})`, passes);
    }
    passes++;
  }
  summary();
  log(`PASSED (${passes} consecutive round${passes === 1 ? '' : 's'})`);
  return 0;
}

function summary() {
  process.stderr.write(`\nwall times:\n${times.map((t) => `  ${t}`).join('\n')}\n`);
}

function fail(message, passes) {
  summary();
  log(`FAILED: ${message} (after ${passes} passing round${passes === 1 ? '' : 's'})`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    summary();
    log(`FAILED: ${error.message ?? error}`);
    process.exit(1);
  },
);
