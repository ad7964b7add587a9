import Redis, { RedisOptions } from "ioredis";
import defaults from "lodash/defaults";
import env from "@server/env";
import Logger from "@server/logging/Logger";

type RedisAdapterOptions = RedisOptions & {
  /** Suffix to append to the connection name that will be displayed in Redis */
  connectionNameSuffix?: string;
};

const defaultOptions: RedisOptions = {
  maxRetriesPerRequest: 20,
  enableReadyCheck: false,
  showFriendlyErrorStack: env.isDevelopment,

  retryStrategy(times: number) {
    Logger.warn(`Retrying redis connection: attempt ${times}`);
    return Math.min(times * 100, 3000);
  },

  reconnectOnError(err) {
    return err.message.includes("READONLY");
  },

  // support Heroku Redis, see:
  // https://devcenter.heroku.com/articles/heroku-redis#ioredis-module
  tls: (env.REDIS_URL || "").startsWith("rediss://")
    ? { rejectUnauthorized: false }
    : undefined,
};

export default class RedisAdapter extends Redis {
  constructor(
    url: string | undefined,
    { connectionNameSuffix, ...options }: RedisAdapterOptions = {}
  ) {
    const connectionNamePrefix = env.isDevelopment ? process.pid : "notewell";
    const connectionName =
      `${connectionNamePrefix}` +
      (connectionNameSuffix ? `-${connectionNameSuffix.replace(/[^a-zA-Z0-9]/g, "")}` : "");

    if (!url || !url.startsWith("ioredis://")) {
      super(env.REDIS_URL ?? "redis://localhost:6379", defaults(options, { connectionName }, defaultOptions));
    } else {
      const decodedString = Buffer.from(url.replace("ioredis://", ""), "base64").toString("utf-8");
      const customOptions = JSON.parse(decodedString);
      super(defaults(options, { connectionName }, customOptions, defaultOptions));
    }

    this.setMaxListeners(100);
  }

  private static client: RedisAdapter;
  private static subscriber: RedisAdapter;
  private static collabClient: RedisAdapter;

  public static get defaultClient(): RedisAdapter {
    return this.client || (this.client = new this(env.REDIS_URL, { connectionNameSuffix: "client" }));
  }

  public static get defaultSubscriber(): RedisAdapter {
    return this.subscriber || (this.subscriber = new this(env.REDIS_URL, {
      maxRetriesPerRequest: null,
      connectionNameSuffix: "subscriber",
    }));
  }

  public static get collaborationClient(): RedisAdapter {
    return this.collabClient || (this.collabClient = new this(
      env.REDIS_COLLABORATION_URL || env.REDIS_URL,
      { connectionNameSuffix: "collaboration" }
    ));
  }
}
