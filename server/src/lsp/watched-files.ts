/**
 * Files changed on disk (another tool, git checkout). The server asks the
 * client to watch every file an analysis reads — `.tf`, tfvars, templates,
 * `.onus.yaml`, and deletions of anything (a removed directory is one event) —
 * and only then trusts its cached directory listings and stats; every event
 * drops the cache entries of its path. A `.tf` change re-publishes the open
 * files of its module; a `.onus.yaml` every open file; the workspace index
 * summarises the file again.
 */
import { DidChangeWatchedFilesNotification, WatchKind, type Connection, type FileSystemWatcher } from 'vscode-languageserver/node';
import { pathOfUri } from '../workspace';
import { isConfigUri } from './configuration';
import type { DiagnosticsPublisher } from './diagnostics';
import type { BackgroundIndex } from './indexing';
import { logError, safeNotification } from './safe';
import type { Session } from './session';

export const watchedGlobs: readonly FileSystemWatcher[] = [
  { globPattern: '**/*.{tf,tfvars,json,yaml,yml,template}' },
  { globPattern: '**/.onus.{yaml,yml}' },
  { globPattern: '**/*', kind: WatchKind.Delete },
];

/** Asks the client to watch (when it can register watchers dynamically); the cache is trusted once it agreed. */
export async function watchFiles(connection: Connection, session: Session): Promise<void> {
  try {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...watchedGlobs] });
    session.files.trust(true);
  } catch (error) {
    logError(connection, 'registering file watchers', error);
  }
}

export function registerWatchedFiles(session: Session, publisher: DiagnosticsPublisher, index: BackgroundIndex): void {
  session.connection.onDidChangeWatchedFiles(
    safeNotification(session.connection, 'workspace/didChangeWatchedFiles', (params) => {
      for (const change of params.changes) {
        const path = pathOfUri(change.uri);
        if (path !== undefined) session.files.invalidate(path);
        index.changed(change.uri);
        if (isConfigUri(change.uri)) {
          session.settings.invalidateFiles();
          publisher.scheduleAll();
        } else publisher.scheduleMany(session.workspace.affectedBy(change.uri));
      }
    }),
  );
}
