const level = process.env.TRACELENS_LOG_LEVEL ?? "info";
const fmt = (lvl: string, msg: string, meta?: unknown) =>
  JSON.stringify({ level: lvl, msg, ...(meta ? { meta } : {}), ts: new Date().toISOString() });

export const logger = {
  debug: (m: string, meta?: unknown) => level === "debug" && console.debug(fmt("debug", m, meta)),
  info: (m: string, meta?: unknown) => console.info(fmt("info", m, meta)),
  warn: (m: string, meta?: unknown) => console.warn(fmt("warn", m, meta)),
  error: (m: string, meta?: unknown) => console.error(fmt("error", m, meta)),
};
