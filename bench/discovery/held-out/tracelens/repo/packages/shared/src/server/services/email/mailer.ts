import { createTransport, type Transporter } from "nodemailer";
import { env } from "../../../env";
import { logger } from "../../logger";

let transporter: Transporter | null | undefined;

/** Returns null when SMTP_CONNECTION_URL / EMAIL_FROM_ADDRESS are not configured. */
export function getMailer(): { transporter: Transporter; from: string } | null {
  if (!env.SMTP_CONNECTION_URL || !env.EMAIL_FROM_ADDRESS) {
    logger.warn("SMTP not configured, skipping email");
    return null;
  }
  if (transporter === undefined) {
    transporter = createTransport(env.SMTP_CONNECTION_URL);
  }
  return transporter ? { transporter, from: env.EMAIL_FROM_ADDRESS } : null;
}
