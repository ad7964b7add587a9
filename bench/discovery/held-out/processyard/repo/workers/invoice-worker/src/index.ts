import http from "node:http";
import pino from "pino";
import { collectDefaultMetrics, register } from "prom-client";
import { config } from "./config.js";
import { createYardClient } from "./yard.js";
import { registerGenerateInvoice } from "./workers/generateInvoice.js";

const log = pino({ name: "invoice-worker" });

collectDefaultMetrics();

const yard = createYardClient();
const worker = registerGenerateInvoice(yard);

const server = http.createServer(async (req, res) => {
  if (req.url === "/healthz") {
    res.writeHead(200).end("ok");
    return;
  }
  if (req.url === "/metrics") {
    res.writeHead(200, { "Content-Type": register.contentType }).end(await register.metrics());
    return;
  }
  res.writeHead(404).end();
});
server.listen(config.METRICS_PORT, () => log.info({ port: config.METRICS_PORT }, "metrics listening"));

async function shutdown(signal: string) {
  log.info({ signal }, "shutting down");
  await worker.close();
  await yard.close();
  server.close(() => process.exit(0));
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

log.info({ gateway: config.PROCESSYARD_GATEWAY_ADDRESS }, "invoice-worker started");
