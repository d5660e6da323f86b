// Preloaded into benchmarked server processes (node --expose-gc --import ./bench/gc-on-signal.ts):
// SIGUSR2 runs a full garbage collection, so that memory readings compare live data rather than
// whatever garbage the collector has not yet freed (start-up alone leaves hundreds of MB).
process.on('SIGUSR2', () => {
  globalThis.gc?.();
});
