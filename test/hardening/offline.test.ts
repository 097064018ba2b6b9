/**
 * Nothing leaves the machine, nothing from the workspace runs.
 * - The bundled CLI and LSP server run with a preload that makes every network,
 *   process and worker API (and any require() of a workspace file) record the
 *   attempt and throw; after real work on a booby-trapped workspace the record is empty.
 * - The bundles hold no child_process use and no dynamic require()/import() outside
 *   allow-listed library sections that Onus never calls (the runtime half proves it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest } from 'vscode-languageserver/node';
import { cliPath, fixtures, repoRoot } from '../cli/run-cli';
import { TestClient, serverPath } from '../lsp/client';
import { cloudFormationYaml, terraform } from '../lsp/fixtures';

const preload = join(__dirname, 'preload/no-network.cjs');

/** A workspace full of things that would leave a marker file if anything ran them. */
function boobyTrap(dir: string, marker: string): void {
  const payload = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, __filename);\n`;
  for (const name of ['evil.js', '.onus.js', 'onus.config.js', 'onus.config.cjs', 'rules.js', 'node_modules/onus-plugin/index.js', 'node_modules/evil/index.js']) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), payload);
  }
  writeFileSync(join(dir, 'node_modules/evil/package.json'), '{"name":"evil","main":"index.js"}');
  writeFileSync(join(dir, 'terraform'), `#!/bin/sh\necho ran > ${JSON.stringify(marker)}\n`, { mode: 0o755 });
  writeFileSync(join(dir, '.onus.yaml'), 'requiredTags: [Owner]\nplugins: [./evil.js, evil]\nextends: ./onus.config.js\nrules: ./rules.js\n');
  writeFileSync(
    join(dir, 'main.tf'),
    `${terraform}
module "remote" {
  source  = "hashicorp/consul/aws"
  version = "0.1.0"
}
module "local" {
  source = "./modules/local"
}
data "external" "run" {
  program = ["node", "evil.js"]
}
provider "aws" {
  region = "eu-west-1"
}
`,
  );
  mkdirSync(join(dir, 'modules/local'), { recursive: true });
  writeFileSync(join(dir, 'modules/local/main.tf'), 'resource "aws_ebs_volume" "v" {\n  size = 1\n}\n');
  writeFileSync(join(dir, 'terraform.tfvars'), 'region = "eu-west-1"\n');
  writeFileSync(join(dir, 'template.yaml'), `${cloudFormationYaml}Transform:\n  Name: AWS::Include\n  Parameters:\n    Location: s3://bucket/evil.yaml\n`);
}

function attempts(log: string): string {
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}

describe('nothing leaves the machine, nothing from the workspace runs', () => {
  let base: string;
  before(() => {
    base = mkdtempSync(join(tmpdir(), 'onus-offline-'));
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  test('the preload catches an attempt (so an empty record means something)', () => {
    const log = join(base, 'sanity.log');
    const r = spawnSync(process.execPath, ['--require', preload, '-e', "require('node:net').connect(9, '127.0.0.1')"], { encoding: 'utf8', env: { ...process.env, ONUS_ATTEMPTS_LOG: log } });
    assert.notEqual(r.status, 0);
    assert.match(attempts(log), /node:net\.connect/);
    const s = spawnSync(process.execPath, ['--require', preload, '-e', "require('node:child_process').execSync('true')"], { encoding: 'utf8', env: { ...process.env, ONUS_ATTEMPTS_LOG: log } });
    assert.notEqual(s.status, 0);
    assert.match(attempts(log), /child_process\.execSync/);
  });

  test('the CLI scans a booby-trapped workspace and the fixtures without any attempt', () => {
    const dir = join(base, 'cli-workspace');
    const marker = join(base, 'cli-marker');
    const log = join(base, 'cli.log');
    mkdirSync(dir);
    boobyTrap(dir, marker);
    const env = { ...process.env, ONUS_ATTEMPTS_LOG: log, ONUS_WORKSPACE: dir, PATH: `${dir}:${process.env.PATH ?? ''}` };
    for (const [cwd, args] of [
      [dir, ['scan', '.', '--format', 'sarif']],
      [dir, ['scan', '--format', 'json']],
      [fixtures, ['scan', '.']],
    ] as const) {
      const r = spawnSync(process.execPath, ['--require', preload, cliPath, ...args], { cwd, encoding: 'utf8', env, timeout: 30_000 });
      assert.ok(r.status === 0 || r.status === 1, `onus ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /forbidden/);
    }
    assert.equal(attempts(log), '');
    assert.equal(attempts(`${log}.loaded`).trim().split('\n').length, 3, 'the preload ran in every CLI process');
    assert.equal(existsSync(marker), false, 'nothing from the workspace ran');
  });

  test('the LSP server works a booby-trapped workspace without any attempt', async () => {
    const clientTmp = join(base, 'lsp');
    mkdirSync(clientTmp);
    const marker = join(base, 'lsp-marker');
    const log = join(base, 'lsp.log');
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, TMPDIR: process.env.TMPDIR, ONUS_ATTEMPTS_LOG: process.env.ONUS_ATTEMPTS_LOG, ONUS_WORKSPACE: process.env.ONUS_WORKSPACE };
    let client: TestClient;
    try {
      // TestClient spawns `node dist/server.js` with this process's environment and makes its folder under tmpdir().
      process.env.NODE_OPTIONS = `${saved.NODE_OPTIONS ?? ''} --require ${preload}`.trim();
      process.env.TMPDIR = clientTmp;
      process.env.ONUS_ATTEMPTS_LOG = log;
      process.env.ONUS_WORKSPACE = clientTmp;
      client = new TestClient();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    try {
      assert.ok(client.folder.startsWith(clientTmp));
      boobyTrap(client.folder, marker);
      await client.initialize();
      const main = client.uri('main.tf');
      const template = client.uri('template.yaml');
      await client.open(main, readFileSync(join(client.folder, 'main.tf'), 'utf8'));
      await client.open(template, readFileSync(join(client.folder, 'template.yaml'), 'utf8'), 'yaml');
      const diagnostics = await client.diagnosticsAt(main, 1);
      assert.ok(diagnostics.length > 0);
      await client.diagnosticsAt(template, 1);
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: main }, position: { line: 0, character: 12 } });
      await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: main },
        range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
        context: { diagnostics },
      });
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [
          { uri: client.uri('.onus.yaml'), type: FileChangeType.Changed },
          { uri: client.uri('evil.js'), type: FileChangeType.Created },
        ],
      });
      await client.change(main, 2, `${readFileSync(join(client.folder, 'main.tf'), 'utf8')}\n# edited\n`);
      await client.diagnosticsAt(main, 2);
      assert.ok(client.alive);
      assert.ok(!client.logs.some((l) => /forbidden/.test(l)), client.logs.join('\n'));
    } finally {
      await client.shutdown();
    }
    assert.equal(attempts(log), '');
    assert.ok(attempts(`${log}.loaded`).length > 0, 'the preload ran in the server');
    assert.equal(existsSync(marker), false, 'nothing from the workspace ran');
  });
});

/**
 * Library sections of the bundles allowed to mention child_process / net: Onus never calls
 * them (the runtime test above would record it). Keyed by esbuild's `// path` section comments.
 */
const allowedSections: Record<string, RegExp> = {
  child_process: /^node_modules\/vscode-languageserver\/lib\/node\/files\.js$/, // Files.resolve* helpers, unused
  net: /^node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/, // socket/pipe transports; Onus uses stdio
};

function sections(bundle: string): { name: string; code: string }[] {
  const parts = bundle.split(/^\/\/ ((?:node_modules|server|rules|client)\/[^\n]+)$/m);
  const out = [{ name: '(prelude)', code: parts[0] }];
  for (let i = 1; i < parts.length; i += 2) out.push({ name: parts[i].trim(), code: parts[i + 1] });
  return out;
}

describe('the bundles hold no way to run code or reach the network', () => {
  for (const bundle of [serverPath, cliPath]) {
    const name = bundle.slice(repoRoot.length + 1);
    test(`${name}: no child_process, no dynamic require()/import(), no eval`, () => {
      const text = readFileSync(bundle, 'utf8');
      const parts = sections(text);
      assert.ok(parts.length > 10, 'esbuild section comments found');
      const problems: string[] = [];
      for (const { name: section, code } of parts) {
        for (const [module, allowed] of Object.entries(allowedSections)) {
          const uses = new RegExp(`require\\("(node:)?${module}"\\)|from "(node:)?${module}"`).test(code);
          if (uses && !allowed.test(section)) problems.push(`${section}: requires ${module}`);
        }
        for (const m of code.matchAll(/(?<![\w$.])(require|import)\s*\(\s*([^)]{0,40})/g)) {
          if (!/^["'`][^"'`$]*["'`]\s*$/.test(m[2]) && !/^["'][^"']*["']$/.test(m[2].trim())) problems.push(`${section}: dynamic ${m[1]}(${m[2]}`);
        }
        if (/(?<![\w$.])eval\s*\(|new Function\s*\(/.test(code)) problems.push(`${section}: eval or new Function`);
        if (/require\("(node:)?(http|https|http2|tls|dns|dgram|vm|worker_threads)"\)/.test(code)) problems.push(`${section}: requires a network, vm or worker module`);
      }
      assert.deepEqual(problems, []);
    });
  }

  test('Onus sources never mention child_process or a dynamic require/import', () => {
    const text = readFileSync(serverPath, 'utf8') + readFileSync(cliPath, 'utf8');
    for (const { name, code } of sections(text)) {
      if (!/^(server|rules)\//.test(name)) continue;
      assert.doesNotMatch(code, /child_process|\bresolveModulePath\b|\bresolveGlobalNodePath\b|\bFiles\.resolve/, name);
    }
  });
});
