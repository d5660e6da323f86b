// Preloaded into benchmarked server processes (node --expose-gc --import ./bench/gc-on-signal.ts):
// SIGUSR2 runs a full garbage collection, so that memory readings compare live data rather than
// whatever garbage the collector has not yet freed (start-up alone leaves hundreds of MB).
// With BENCH_MEMORY_FILE set, it then writes process.memoryUsage() there: the live JavaScript
// heap and external memory, which RSS hides behind pages the heap keeps once it has grown.
import { writeFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const file = process.env.BENCH_MEMORY_FILE;
  if (file) writeFileSync(file, JSON.stringify(process.memoryUsage()));
});
