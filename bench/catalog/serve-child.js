/**
 * The API server alone, in its own process, so the benchmark measures the server's memory apart
 * from the importer's. Started by run.js with fork(); the database to open comes as one JSON
 * argument ({ url, schema? }). Reports { type: 'listening', port } once it listens, and answers
 * { type: 'memory' } with its peak RSS (sampled every 50 ms, and the kernel's maxRSS).
 */
import { openPatchbay } from '../../dist/services/open-patchbay.js';
import { buildServer } from '../../dist/server/app.js';

const target = JSON.parse(process.argv[2] ?? '{}');

// Fastify warns once that `disableRequestLogging` is deprecated (FSTDEP023); that is the app's
// business, not the benchmark's output. Every other warning is still printed.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.code !== 'FSTDEP023') console.error(`${warning.name}: ${warning.message}`);
});

let peakRss = process.memoryUsage.rss();
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};
setInterval(sample, 50).unref();

const startedAt = performance.now();
const patchbay = await openPatchbay({ url: target.url, ...(target.schema ? { schema: target.schema } : {}) });
const app = await buildServer({ catalog: patchbay.catalog, tokens: patchbay.tokens, auth: false, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
sample();
const address = app.server.address();
const memory = () => {
  sample();
  return {
    type: 'memory',
    rss: process.memoryUsage.rss(),
    peakRssSampled: peakRss,
    // Linux reports maxRSS in kilobytes.
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: process.memoryUsage().heapUsed,
  };
};
process.send?.({ ...memory(), type: 'listening', port: address.port, startupMs: performance.now() - startedAt });

process.on('message', (message) => {
  if (message?.type === 'memory') process.send?.(memory());
});

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await app.close();
  await patchbay.close();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('disconnect', shutdown);
