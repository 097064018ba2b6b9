/**
 * `--cpu-prof` is not allowed in NODE_OPTIONS, so profiling a server the test
 * client spawns needs this instead: NODE_OPTIONS="--import <this file>" with
 * ONUS_CPU_PROF_DIR set writes a .cpuprofile per process at exit (open it in
 * Chrome DevTools, or summarise it with scripts/bench-profile-top.mjs).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.ONUS_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  process.on('exit', () => {
    // A same-thread session answers synchronously, so this completes before the process ends.
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
