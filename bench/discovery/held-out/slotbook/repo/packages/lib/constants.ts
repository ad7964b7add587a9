const VERCEL_URL = process.env.NEXT_PUBLIC_VERCEL_URL ? `https://${process.env.NEXT_PUBLIC_VERCEL_URL}` : "";
const RAILWAY_STATIC_URL = process.env.RAILWAY_STATIC_URL ? `https://${process.env.RAILWAY_STATIC_URL}` : "";
const HEROKU_URL = process.env.HEROKU_APP_NAME ? `https://${process.env.HEROKU_APP_NAME}.herokuapp.com` : "";
const RENDER_URL = process.env.RENDER_EXTERNAL_URL ? `https://${process.env.RENDER_EXTERNAL_URL}` : "";

export const WEBAPP_URL =
  process.env.NEXT_PUBLIC_WEBAPP_URL ||
  VERCEL_URL ||
  RAILWAY_STATIC_URL ||
  HEROKU_URL ||
  RENDER_URL ||
  "http://localhost:3000";

/** @deprecated use `WEBAPP_URL` */
export const BASE_URL = WEBAPP_URL;
export const WEBSITE_URL = process.env.NEXT_PUBLIC_WEBSITE_URL || "https://slotbook.example";
export const APP_NAME = process.env.NEXT_PUBLIC_APP_NAME || "Slotbook";
export const SUPPORT_MAIL_ADDRESS = process.env.NEXT_PUBLIC_SUPPORT_MAIL_ADDRESS || "help@slotbook.example";
export const COMPANY_NAME = process.env.NEXT_PUBLIC_COMPANY_NAME || "Slotbook, Inc.";
export const SENDER_NAME = process.env.NEXT_PUBLIC_SENDGRID_SENDER_NAME || "Slotbook";

// This is the URL from which all Slotbook Links and their assets are served.
export const WEBAPP_URL_FOR_OAUTH = process.env.NEXT_PUBLIC_WEBAPP_URL || "http://localhost:3000";

// Used by the platform atoms in the browser. The web server does not call it.
export const API_V2_URL = process.env.NEXT_PUBLIC_API_V2_URL || "http://localhost:5555/api/v2";

export const IS_PRODUCTION = process.env.NODE_ENV === "production";
export const IS_SELF_HOSTED = !(
  new URL(WEBAPP_URL).hostname.endsWith(".slotbook.dev") || new URL(WEBAPP_URL).hostname.endsWith(".slotbook.com")
);
export const TRIAL_LIMIT_DAYS = 14;
export const MINUTES_TO_BOOK = process.env.NEXT_PUBLIC_MINUTES_TO_BOOK || "5";

export const DEFAULT_LIGHT_BRAND_COLOR = "#292929";
export const DEFAULT_DARK_BRAND_COLOR = "#fafafa";
export const CURRENT_TIMEZONE = "Europe/London";

export const SLOTBOOK_VERSION = process.env.NEXT_PUBLIC_SLOTBOOK_VERSION ?? "v.1.0.0";
