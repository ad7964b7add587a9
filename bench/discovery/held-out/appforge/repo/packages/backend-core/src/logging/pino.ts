import pino from "pino"
import env from "../environment"

// Datadog APM - off unless DD_TRACE_ENABLED=true (only used in our cloud environment)
if (env.DD_TRACE_ENABLED) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require("dd-trace").init({
    hostname: env.DD_AGENT_HOST,
    port: 8126,
    service: env.SERVICE_NAME,
    version: env.VERSION,
    logInjection: true,
  })
}

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: env.SERVICE_NAME, version: env.VERSION },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: {
    level: label => ({ level: label.toUpperCase() }),
  },
})

export function pinoSettings() {
  return {
    logger,
    autoLogging: env.HTTP_LOGGING ? { ignore: (req: any) => req.url === "/health" } : false,
  }
}
