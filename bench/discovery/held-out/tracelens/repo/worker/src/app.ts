import express from "express";
import { redis } from "@tracelens/shared/src/server";

// Only health endpoints: nothing else calls the worker over HTTP.
export const app = express();

app.get("/api/health", async (_req, res) => {
  try {
    await redis?.ping();
    res.json({ status: "ok" });
  } catch {
    res.status(503).json({ status: "redis unavailable" });
  }
});

app.get("/api/ready", (_req, res) => res.json({ status: "ready" }));
