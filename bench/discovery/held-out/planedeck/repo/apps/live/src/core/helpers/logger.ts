import { pinoHttp } from "pino-http";

export const logger = pinoHttp({
  level: process.env.LOG_LEVEL || "info",
  transport: process.env.NODE_ENV === "production" ? undefined : { target: "pino-pretty", options: { colorize: true } },
});

export const manualLogger = logger.logger;
