import "reflect-metadata";
import { IsBoolean, IsIn, IsNumber, IsOptional, IsUrl } from "class-validator";
import { languages } from "@shared/i18n";
import environment from "./utils/environment";

export class Environment {
  public NODE_ENV = environment.NODE_ENV ?? "production";
  public SECRET_KEY = `${environment.SECRET_KEY}`;
  public UTILS_SECRET = environment.UTILS_SECRET ?? "";

  /** The url of the database. */
  @IsUrl({ require_tld: false, protocols: ["postgres", "postgresql"] })
  public DATABASE_URL = environment.DATABASE_URL ?? "";
  public DATABASE_CONNECTION_POOL_MIN = this.toOptionalNumber(environment.DATABASE_CONNECTION_POOL_MIN);
  public DATABASE_CONNECTION_POOL_MAX = this.toOptionalNumber(environment.DATABASE_CONNECTION_POOL_MAX);
  public PGSSLMODE = environment.PGSSLMODE;

  /** The url of redis. Note that redis does not have a database after the port. */
  public REDIS_URL = environment.REDIS_URL;
  public REDIS_COLLABORATION_URL = environment.REDIS_COLLABORATION_URL;

  @IsUrl({ require_tld: false, allow_underscores: true })
  public URL = (environment.URL ?? "").replace(/\/$/, "");
  public CDN_URL = environment.CDN_URL;
  public COLLABORATION_URL = (environment.COLLABORATION_URL || this.URL).replace(/\/$/, "").replace(/^http/, "ws");
  public PORT = this.toOptionalNumber(environment.PORT) ?? 3000;
  public WEB_CONCURRENCY = this.toOptionalNumber(environment.WEB_CONCURRENCY) ?? 1;
  public REQUEST_TIMEOUT = this.toOptionalNumber(environment.REQUEST_TIMEOUT) ?? 10 * 1000;

  @IsIn(["local", "s3"])
  public FILE_STORAGE = this.toOptionalString(environment.FILE_STORAGE) ?? "local";
  public FILE_STORAGE_LOCAL_ROOT_DIR = environment.FILE_STORAGE_LOCAL_ROOT_DIR ?? "/var/lib/notewell/data";
  public FILE_STORAGE_UPLOAD_MAX_SIZE = this.toOptionalNumber(environment.FILE_STORAGE_UPLOAD_MAX_SIZE) ?? 1000000;

  public AWS_ACCESS_KEY_ID = this.toOptionalString(environment.AWS_ACCESS_KEY_ID);
  public AWS_SECRET_ACCESS_KEY = this.toOptionalString(environment.AWS_SECRET_ACCESS_KEY);
  public AWS_REGION = this.toOptionalString(environment.AWS_REGION);
  public AWS_S3_ACCELERATE_URL = environment.AWS_S3_ACCELERATE_URL ?? "";
  public AWS_S3_UPLOAD_BUCKET_URL = environment.AWS_S3_UPLOAD_BUCKET_URL ?? "";
  public AWS_S3_UPLOAD_BUCKET_NAME = this.toOptionalString(environment.AWS_S3_UPLOAD_BUCKET_NAME);
  public AWS_S3_FORCE_PATH_STYLE = this.toBoolean(environment.AWS_S3_FORCE_PATH_STYLE ?? "true");
  public AWS_S3_ACL = environment.AWS_S3_ACL ?? "private";

  public SMTP_HOST = environment.SMTP_HOST;
  public SMTP_SERVICE = environment.SMTP_SERVICE;
  @IsNumber() @IsOptional()
  public SMTP_PORT = this.toOptionalNumber(environment.SMTP_PORT);
  public SMTP_USERNAME = environment.SMTP_USERNAME;
  public SMTP_PASSWORD = environment.SMTP_PASSWORD;
  public SMTP_FROM_EMAIL = environment.SMTP_FROM_EMAIL;
  public SMTP_REPLY_EMAIL = environment.SMTP_REPLY_EMAIL;
  public SMTP_TLS_CIPHERS = environment.SMTP_TLS_CIPHERS;
  public SMTP_SECURE = this.toBoolean(environment.SMTP_SECURE ?? "true");

  public SENTRY_DSN = this.toOptionalString(environment.SENTRY_DSN);
  public SENTRY_TUNNEL = this.toOptionalString(environment.SENTRY_TUNNEL);
  public DD_API_KEY = this.toOptionalString(environment.DD_API_KEY);
  public GOOGLE_ANALYTICS_ID = this.toOptionalString(environment.GOOGLE_ANALYTICS_ID);

  @IsBoolean()
  public TELEMETRY = this.toBoolean(environment.ENABLE_UPDATES ?? environment.TELEMETRY ?? "true");

  public RATE_LIMITER_ENABLED = this.toBoolean(environment.RATE_LIMITER_ENABLED ?? "false");
  public RATE_LIMITER_REQUESTS = this.toOptionalNumber(environment.RATE_LIMITER_REQUESTS) ?? 1000;
  public RATE_LIMITER_DURATION_WINDOW = this.toOptionalNumber(environment.RATE_LIMITER_DURATION_WINDOW) ?? 60;

  @IsIn(languages)
  public DEFAULT_LANGUAGE = environment.DEFAULT_LANGUAGE ?? "en_US";

  public get isProduction() { return this.NODE_ENV === "production"; }
  public get isDevelopment() { return this.NODE_ENV === "development"; }
  public get isTest() { return this.NODE_ENV === "test"; }
  public get isCloudHosted() {
    return ["https://app.notewell.app", "https://app.notewell.dev"].includes(this.URL);
  }

  protected toOptionalString(value: string | undefined) { return value ? value : undefined; }
  protected toOptionalNumber(value: string | undefined) { return value ? parseInt(value, 10) : undefined; }
  protected toBoolean(value: string) {
    try { return value ? !!JSON.parse(value) : false; } catch (err) {
      throw new Error(`"${value}" could not be parsed as a boolean, must be "true" or "false"`);
    }
  }
}

const env = new Environment();
export default env;
