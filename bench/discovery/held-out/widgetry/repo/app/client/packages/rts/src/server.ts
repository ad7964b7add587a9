import http from "http";
import express from "express";
import log from "loglevel";
import astRouter from "./routes/ast_routes";
import { initSocketServer } from "./sockets";
import { startChangeStreamWatcher } from "./mongo/watcher";
import { RTS_BASE_API_PATH } from "@constants/routes";

const RTS_PORT = Number(process.env.WIDGETRY_RTS_PORT || 8091);

log.setLevel((process.env.WIDGETRY_LOG_LEVEL as log.LogLevelDesc) || "info");

const app = express();
app.disable("x-powered-by");
app.use(express.json({ limit: "5mb" }));

// Internal API used by the Java server for JS parsing
app.use(`${RTS_BASE_API_PATH}/ast`, astRouter);

app.get(`${RTS_BASE_API_PATH}/health-check`, (_req, res) => {
  res.status(200).json({ success: true });
});

const server = http.createServer(app);
const io = initSocketServer(server);

startChangeStreamWatcher(io).catch((err) => {
  log.error("Failed to start MongoDB change stream watcher", err);
});

server.listen(RTS_PORT, () => {
  log.info(`RTS version ${process.env.WIDGETRY_VERSION_ID || "dev"} running at http://localhost:${RTS_PORT}`);
});

export default app;
