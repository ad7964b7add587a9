import "dotenv/config";
import compression from "compression";
import cors from "cors";
import express from "express";
import expressWs from "express-ws";
import helmet from "helmet";
import * as Sentry from "@sentry/node";
import { getHocusPocusServer } from "@/core/hocuspocus-server.js";
import { logger, manualLogger } from "@/core/helpers/logger.js";

if (process.env.SENTRY_DSN) {
  Sentry.init({
    dsn: process.env.SENTRY_DSN,
    environment: process.env.SENTRY_ENVIRONMENT || "production",
    tracesSampleRate: 0.1,
  });
}

const app = express();
expressWs(app);

app.set("port", process.env.PORT || 3000);
app.use(helmet());
app.use(compression({ level: 6, threshold: 5 * 1000 }));
app.use(logger);
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(cors());

const router = express.Router();
const HocusPocusServer = await getHocusPocusServer().catch((err) => {
  manualLogger.error("Failed to initialize HocusPocusServer:", err);
  process.exit(1);
});

router.get("/health", (_req, res) => {
  res.status(200).json({ status: "OK" });
});

router.ws("/collaboration", (ws, req) => {
  try {
    HocusPocusServer.handleConnection(ws, req);
  } catch (err) {
    manualLogger.error("WebSocket connection error:", err);
    ws.close();
  }
});

app.use(process.env.LIVE_BASE_PATH || "/live", router);

app.use((_req, res) => {
  res.status(404).send("Not Found");
});

const liveServer = app.listen(app.get("port"), () => {
  manualLogger.info(`planedeck live server has started at port ${app.get("port")}`);
});

const gracefulShutdown = async () => {
  manualLogger.info("Starting graceful shutdown...");
  try {
    await HocusPocusServer.destroy();
    liveServer.close(() => process.exit(0));
  } catch (err) {
    manualLogger.error("Error during shutdown:", err);
    process.exit(1);
  }
};

process.on("SIGTERM", gracefulShutdown);
process.on("SIGINT", gracefulShutdown);
