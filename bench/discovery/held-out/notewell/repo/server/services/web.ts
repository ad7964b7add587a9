/* eslint-disable @typescript-eslint/no-var-requires */
import { Server } from "https";
import Koa from "koa";
import compress from "koa-compress";
import mount from "koa-mount";
import env from "@server/env";
import Logger from "@server/logging/Logger";
import { initI18n } from "@server/utils/i18n";
import routes from "../routes";
import api from "../routes/api";
import auth from "../routes/auth";
import { defaultRateLimiter } from "../utils/RateLimiter";

export default function init(app: Koa = new Koa(), server?: Server) {
  void initI18n();

  if (env.isProduction) {
    // Force redirect to HTTPS protocol unless explicitly disabled
    if (env.FORCE_HTTPS) {
      app.use(async (ctx, next) => {
        if (ctx.secure || ctx.get("x-forwarded-proto") === "https") {
          return next();
        }
        ctx.redirect(`https://${ctx.request.hostname}${ctx.request.url}`);
      });
    } else {
      Logger.warn("Enforced https was disabled with FORCE_HTTPS env variable");
    }
  }

  app.use(compress());

  if (env.RATE_LIMITER_ENABLED) {
    app.use(defaultRateLimiter());
  }

  app.use(mount("/auth", auth));
  app.use(mount("/api", api));

  // Serves the built React single page app from build/app
  app.use(mount(routes));

  return app;
}
