/**
 * Entry point VS Code loads as `extensionTestsPath` (bundled to out/test/suite/index.js by
 * scripts/build-e2e.mjs). Runs the suite with mocha and resolves/rejects by its result; both
 * launchers (code-server and @vscode/test-electron) turn that into the process exit code.
 * Every report line starts with `[onus-e2e] ` (the code-server launcher filters the workbench log by it).
 */
import { format } from 'node:util';
import Mocha from 'mocha';
import { e2eOptions } from './helpers';
import { defineMatrixSuite } from './matrix.e2e';
import { defineSuite } from './onus.e2e';
import { defineRestartSuite } from './restart.e2e';

/** Marks every report line, so the code-server launcher can pick them out of the workbench's log. */
export const reportPrefix = '[onus-e2e] ';

function report(...args: unknown[]): void {
  for (const line of format(...args).split('\n')) console.log(`${reportPrefix}${line}`);
}

export function run(): Promise<void> {
  // The spec reporter prints through Base.consoleLog.
  Mocha.reporters.Base.consoleLog = report;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 120_000, reporter: 'spec' });
  const grep = e2eOptions.ONUS_E2E_GREP;
  if (grep) mocha.grep(grep);
  // Bundled: there are no files for mocha to load, so set up its interface by hand and define the suite.
  mocha.suite.emit('pre-require', globalThis, 'onus.e2e', mocha);
  defineSuite();
  defineMatrixSuite();
  // Last: it kills the server (the client starts a new one).
  defineRestartSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const summary = `onus-e2e: ${failures} failure(s)`;
      report(summary);
      if (failures > 0) reject(new Error(summary));
      else resolve();
    });
  });
}
