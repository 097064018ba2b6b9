/**
 * Node flags the language server is started with (the VS Code client, and the tests and the
 * benchmark, which start it as VS Code does). `--expose-gc`: the server collects once after
 * indexing the workspace, returning the garbage of that burst to the system (lsp/indexing.ts).
 */
export const serverExecArgv: readonly string[] = ['--expose-gc'];
