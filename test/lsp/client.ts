/**
 * A minimal LSP client for tests: spawns the REAL bundled server
 * (`node dist/server.js --stdio`) and speaks JSON-RPC over its stdio.
 * Waits are on conditions (a matching publishDiagnostics), each bounded by a
 * deadline so a failure reports what arrived instead of hanging.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { serverExecArgv } from '../../client/src/server-flags';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  createProtocolConnection,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';

export const repoRoot = resolve(__dirname, '../..');
export const serverPath = join(repoRoot, 'dist/server.js');

/** Settings the client answers `workspace/configuration` with (section `onus`). */
export type OnusSettings = { requiredTags?: string[]; disabledRules?: string[]; maxFileSize?: number; maxDiagnosticsPerFile?: number };

const deadlineMs = 15_000;

function withDeadline<T>(what: string, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), deadlineMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly configurationRequests: unknown[] = [];
  /** Watchers the server registered (client/registerCapability). */
  readonly registrations: unknown[] = [];
  /** Tokens of window/workDoneProgress/create, and every $/progress in order. */
  readonly progressTokens: (string | number)[] = [];
  readonly progress: { token: string | number; value: { kind: string; title?: string; message?: string; percentage?: number; cancellable?: boolean } }[] = [];
  settings: OnusSettings = {};
  /** Client capabilities beyond the defaults: watched files with dynamic registration (as VS Code), work-done progress. */
  features: { watchFiles?: boolean; workDoneProgress?: boolean } = {};
  private readonly waiters = new Set<() => void>();
  private readonly process: ChildProcess;
  private exited = false;
  readonly folder: string;
  readonly folderUri: string;

  constructor() {
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run build\` first`);
    this.folder = mkdtempSync(join(tmpdir(), 'onus-lsp-'));
    this.folderUri = pathToFileURL(this.folder).href;
    this.process = spawn(process.execPath, [...serverExecArgv, serverPath, '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.process.on('exit', () => {
      this.exited = true;
      this.notify();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.notify();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section === 'onus' ? { ...this.settings } : null));
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressTokens.push(params.token);
      this.notify();
    });
    this.connection.onNotification('$/progress', (params: TestClient['progress'][number]) => {
      this.progress.push(params);
      this.notify();
    });
    this.connection.listen();
  }

  /** The server's process id (the benchmark reads its memory). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  uri(name: string): string {
    return pathToFileURL(join(this.folder, name)).href;
  }

  async initialize(): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: this.folderUri,
      workspaceFolders: [{ uri: this.folderUri, name: 'test' }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: false },
          ...(this.features.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}),
        },
        ...(this.features.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'terraform', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: OnusSettings): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** Resolves with the first publication for `uri` (from index `from` on) that satisfies `accept`. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, from = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.published.slice(from).find((p) => p.uri === uri && accept(p)));
  }

  /** The diagnostics published for `uri` at exactly `version`. */
  diagnosticsAt(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitForDiagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  waitFor<T>(what: string, probe: () => T | undefined): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const check = () => {
        const found = probe();
        if (found !== undefined) {
          done();
          resolvePromise(found);
        } else if (this.exited) {
          done();
          reject(new Error(`server exited while waiting for ${what}\n${this.logs.join('\n')}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}; published: ${JSON.stringify(this.published.slice(-5), null, 1)}\nlogs: ${this.logs.join('\n')}`));
      }, deadlineMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  async shutdown(): Promise<void> {
    try {
      if (!this.exited) {
        await withDeadline('the shutdown answer', this.connection.sendRequest(ShutdownRequest.type));
        await this.connection.sendNotification(ExitNotification.type);
        await this.waitFor('server exit', () => (this.exited ? true : undefined));
      }
    } finally {
      rmSync(this.folder, { recursive: true, force: true });
      if (!this.exited) this.process.kill();
      try {
        this.connection.dispose();
      } catch {
        // already closed with the process
      }
    }
  }

  protected notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
