/** A `.tf` file changed on disk (another tool, git checkout): re-publish the open files of its module; a `.onus.yaml`: every open file. */
import { isConfigUri } from './configuration';
import type { DiagnosticsPublisher } from './diagnostics';
import { safeNotification } from './safe';
import type { Session } from './session';

export function registerWatchedFiles(session: Session, publisher: DiagnosticsPublisher): void {
  session.connection.onDidChangeWatchedFiles(
    safeNotification(session.connection, 'workspace/didChangeWatchedFiles', (params) => {
      for (const change of params.changes) {
        if (isConfigUri(change.uri)) {
          session.settings.invalidateFiles();
          publisher.scheduleAll();
        } else publisher.scheduleMany(session.workspace.affectedBy(change.uri));
      }
    }),
  );
}
