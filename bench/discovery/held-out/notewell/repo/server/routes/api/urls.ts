import Router from "koa-router";
import auth from "@server/middlewares/authentication";
import { rateLimiter } from "@server/middlewares/rateLimiter";
import { APIContext } from "@server/types";
import { PluginManager, Hook } from "@server/utils/PluginManager";
import { RateLimiterStrategy } from "@server/utils/RateLimiter";

const router = new Router();

router.post("urls.unfurl", rateLimiter(RateLimiterStrategy.OneThousandPerHour), auth(), async (ctx: APIContext) => {
  const { url } = ctx.request.body;

  // Unfurl using the first enabled unfurl provider plugin (iframely when IFRAMELY_URL is set)
  for (const plugin of PluginManager.getHooks(Hook.UnfurlProvider)) {
    const data = await plugin.value.unfurl(url, ctx.state.auth.user);
    if (data) {
      ctx.body = data;
      return;
    }
  }
  ctx.response.status = 204;
});

export default router;
