/**
 * `onus/matrix` (custom request, no params): the responsibility matrix of the
 * workspace — every file Onus reads under the workspace folders, plus open
 * buffers elsewhere (untitled too); open buffers win over the disk, config
 * `exclude` applies. The answer is the JSON `onus matrix --format json` prints,
 * each row with its document `uri` as well, so the editor can jump to it.
 */
import { basename, relative, sep } from 'node:path';
import { enabledRules, responsibilityMatrix, type AnalysedFile, type Matrix } from '../index';
import { collectFiles, nodeFileSystem, pathOfUri, uriOfPath } from '../workspace';
import { safeRequest } from './safe';
import { excludedBy, type Session } from './session';

export const matrixRequest = 'onus/matrix';

interface Source {
  uri: string;
  path?: string;
  open: boolean;
}

/** The path shown for a file: relative to its workspace folder (prefixed by the folder's name when there are several). */
function display(path: string | undefined, uri: string, folders: readonly string[]): string {
  if (path === undefined) return uri;
  for (const folder of folders) {
    const rel = relative(folder, path);
    if (rel.startsWith('..') || rel === '' || /^[a-zA-Z]:/.test(rel)) continue;
    const shown = rel.split(sep).join('/');
    return folders.length > 1 ? `${basename(folder)}/${shown}` : shown;
  }
  return path.split(sep).join('/');
}

export async function workspaceMatrix(session: Session): Promise<Matrix> {
  const folders = session.settings.workspaceFolders.map(pathOfUri).filter((p): p is string => p !== undefined);
  const sources = new Map<string, Source>();
  const disk = nodeFileSystem();
  for (const folder of folders) for (const path of collectFiles(disk, [folder], folder).files) sources.set(path, { uri: uriOfPath(path), path, open: false });
  for (const open of session.documents.all()) {
    const path = pathOfUri(open.uri);
    sources.set(path ?? open.uri, { uri: open.uri, path, open: true });
  }
  const files: AnalysedFile[] = [];
  for (const source of sources.values()) {
    const config = await session.settings.forUri(source.uri);
    if (excludedBy(config, source.uri, session.settings.folderPathOf(source.uri))) continue;
    const options = { config, rules: session.rules };
    const analysis = source.open || source.path === undefined ? session.workspace.analyzeUri(source.uri, options) : session.workspace.analyzeFile(source.path, options);
    if (analysis) files.push({ file: display(source.path, source.uri, folders), document: analysis.document, findings: analysis.findings, rules: enabledRules(session.rules, config) });
  }
  return responsibilityMatrix(files, session.rules);
}

export function registerMatrix(session: Session): void {
  session.connection.onRequest(matrixRequest, safeRequest<unknown, Matrix | null>(session.connection, matrixRequest, null, () => workspaceMatrix(session)));
}
