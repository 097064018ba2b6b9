/**
 * Preloaded (`--require`) into the CLI and the LSP server by the offline test:
 * every way out of the machine (net, tls, http, https, http2, dns, dgram, fetch)
 * and every way to run something (child_process, worker_threads, vm) records the
 * attempt in $ONUS_ATTEMPTS_LOG and throws; so does a require() of any file under
 * $ONUS_WORKSPACE (the scanned folder). Plain CommonJS so it loads before anything.
 */
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');

const log = process.env.ONUS_ATTEMPTS_LOG;
const workspace = process.env.ONUS_WORKSPACE ? path.resolve(process.env.ONUS_WORKSPACE) : undefined;

// Proof that the preload ran in the process under test (an empty log alone would prove nothing).
if (log) fs.appendFileSync(`${log}.loaded`, `${process.pid}\n`);

function record(what) {
  const line = `${what}\n${new Error('attempted here').stack}\n`;
  if (log) fs.appendFileSync(log, `${line}---\n`);
  return new Error(`onus offline test: ${what} is forbidden`);
}

function forbid(moduleName, names) {
  const mod = require(moduleName);
  for (const name of names) {
    if (typeof mod[name] !== 'function') continue;
    mod[name] = function forbidden() {
      throw record(`${moduleName}.${name}`);
    };
  }
  return mod;
}

const net = forbid('node:net', ['connect', 'createConnection', 'createServer']);
net.Socket.prototype.connect = function forbidden() {
  throw record('net.Socket#connect');
};
forbid('node:tls', ['connect', 'createServer']);
forbid('node:http', ['request', 'get', 'createServer']);
forbid('node:https', ['request', 'get', 'createServer']);
forbid('node:http2', ['connect', 'createServer', 'createSecureServer']);
forbid('node:dgram', ['createSocket']);
const dns = forbid('node:dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']);
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns.promises[name] = async function forbidden() {
    throw record(`dns.promises.${name}`);
  };
}
forbid('node:child_process', ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']);
forbid('node:worker_threads', ['Worker']);
forbid('node:vm', ['runInContext', 'runInNewContext', 'runInThisContext', 'compileFunction']);
globalThis.fetch = async function forbidden() {
  throw record('fetch');
};

if (workspace) {
  const load = Module._load;
  Module._load = function guardedLoad(request, parent, isMain) {
    let resolved = request;
    try {
      resolved = Module._resolveFilename(request, parent, isMain);
    } catch {
      // unresolvable: let the real loader report it
    }
    if (typeof resolved === 'string' && path.isAbsolute(resolved) && (resolved === workspace || resolved.startsWith(workspace + path.sep))) {
      throw record(`require(${resolved})`);
    }
    return load.apply(this, arguments);
  };
}
