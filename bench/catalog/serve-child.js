/**
 * The API server alone, in its own process, so the benchmark measures the server's memory apart
 * from the importer's. Started by run.js with fork(); the database to open comes as one JSON
 * argument ({ url, schema? }). Reports { type: 'listening', port } once it listens, and answers
 * { type: 'memory' } with its peak RSS (sampled every 50 ms, and the kernel's maxRSS).
 */
import { openPatchbay } from '../../dist/services/open-patchbay.js';
import { buildServer } from '../../dist/server/app.js';

const target = JSON.parse(process.argv[2] ?? '{}');

let peakRss = process.memoryUsage.rss();
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};
setInterval(sample, 50).unref();

const startedAt = performance.now();
const patchbay = await openPatchbay({ url: target.url, ...(target.schema ? { schema: target.schema } : {}) });
// Rate limiting is off: the benchmark sends hundreds of requests a minute from one address on
// purpose, and a 429 would measure the limiter, not the catalog.
const app = await buildServer({
  services: patchbay,
  auth: false,
  logger: process.env.PATCHBAY_BENCH_SERVER_LOG ? { level: 'warn' } : false,
  rateLimitPerMinute: 0,
});
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
