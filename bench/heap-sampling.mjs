/**
 * BENCH_HEAP_PROFILE=<dir>: loaded first into a service process (`--import`, see `profileArgs` in
 * harness.ts), it samples every allocation from the start, the objects collected since included, and
 * writes `heap-<pid>.heapprofile` into the directory named by its URL's `dir` parameter when the process
 * exits. The profile shows what a request allocates, by call stack: Node's own `--heap-prof` keeps only
 * the objects still alive at the end. Chrome's DevTools open it (Memory, Load).
 */
import inspector from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';

const dir = new URL(import.meta.url).searchParams.get('dir');
if (dir) {
  const session = new inspector.Session();
  session.connect();
  // One sample per 32 KiB allocated on average: a few percent of the process's CPU.
  session.post('HeapProfiler.startSampling', {
    samplingInterval: 32_768,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  // The in-process session answers synchronously, so the profile is written before the process ends.
  process.on('exit', () => {
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (error) process.stderr.write(`heap sampling: ${error.message}\n`);
      else writeFileSync(path.join(dir, `heap-${process.pid}.heapprofile`), JSON.stringify(result.profile));
    });
  });
}
