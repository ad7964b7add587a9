import passport from "@outlinewiki/koa-passport";
import type { Context } from "koa";
import Router from "koa-router";
import { Strategy as SlackStrategy } from "passport-slack-oauth2";
import accountProvisioner from "@server/commands/accountProvisioner";
import auth from "@server/middlewares/authentication";
import passportMiddleware from "@server/middlewares/passport";
import { Integration, IntegrationAuthentication } from "@server/models";
import { StateStore } from "@server/utils/passport";
import env from "../env";
import * as Slack from "../slack";

const router = new Router();
const scopes = ["identity.email", "identity.basic", "identity.avatar", "identity.team"];

if (env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET) {
  const strategy = new SlackStrategy(
    {
      clientID: env.SLACK_CLIENT_ID,
      clientSecret: env.SLACK_CLIENT_SECRET,
      callbackURL: `${env.URL}/auth/slack.callback`,
      passReqToCallback: true,
      // @ts-expect-error StateStore
      store: new StateStore(),
      scope: scopes,
    },
    async function (ctx: Context, accessToken: string, refreshToken: string, params: { expires_in: number }, profile: any, done: any) {
      try {
        const result = await accountProvisioner({
          ip: ctx.ip,
          team: { name: profile.team.name, subdomain: profile.team.domain, avatarUrl: profile.team.image_230 },
          user: { name: profile.user.name, email: profile.user.email, avatarUrl: profile.user.image_192 },
          authenticationProvider: { name: "slack", providerId: profile.team.id },
          authentication: { providerId: profile.user.id, accessToken, refreshToken, expiresIn: params.expires_in, scopes },
        });
        return done(null, result.user, result);
      } catch (err) {
        return done(err, null);
      }
    }
  );
  passport.use(strategy);

  router.get("slack", passport.authenticate("slack"));
  router.get("slack.callback", passportMiddleware("slack"));

  // Connect a Slack channel for post notifications (incoming webhook)
  router.get("slack.post", auth({ optional: true }), async (ctx) => {
    const { code, state: collectionId } = ctx.request.query as Record<string, string>;
    const { user } = ctx.state.auth;
    const data = await Slack.oauthAccess(code, `${env.URL}/auth/slack.post`);
    const authentication = await IntegrationAuthentication.create({
      service: "slack",
      userId: user.id,
      teamId: user.teamId,
      token: data.access_token,
      scopes: data.scope.split(","),
    });
    await Integration.create({
      service: "slack",
      type: "post",
      userId: user.id,
      teamId: user.teamId,
      authenticationId: authentication.id,
      collectionId,
      events: [],
      settings: { url: data.incoming_webhook.url, channel: data.incoming_webhook.channel, channelId: data.incoming_webhook.channel_id },
    });
    ctx.redirect(`/settings/integrations/slack`);
  });
}

export default router;
