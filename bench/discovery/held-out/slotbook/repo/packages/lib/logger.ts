import { Logger } from "tslog";

import { IS_PRODUCTION } from "./constants";

const logger = new Logger({
  minLevel: parseInt(process.env.NEXT_PUBLIC_LOGGER_LEVEL || "4"),
  maskValuesOfKeys: ["password", "passwordConfirmation", "credentials", "credential", "key", "token"],
  prettyLogTimeZone: IS_PRODUCTION ? "UTC" : "local",
  type: "pretty",
  hideLogPositionForProduction: IS_PRODUCTION,
});

export default logger;

export function safeStringify(obj: unknown) {
  try {
    // Avoid crashing on circular references
    return JSON.stringify(obj);
  } catch (e) {
    return obj;
  }
}
