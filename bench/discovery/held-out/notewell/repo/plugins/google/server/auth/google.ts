import passport from "@outlinewiki/koa-passport";
import type { Context } from "koa";
import Router from "koa-router";
import { Profile } from "passport";
import { Strategy as GoogleStrategy } from "passport-google-oauth2";
import accountProvisioner from "@server/commands/accountProvisioner";
import passportMiddleware from "@server/middlewares/passport";
import { StateStore } from "@server/utils/passport";
import config from "../../plugin.json";
import env from "../env";

const router = new Router();
const scopes = [
  "https://www.googleapis.com/auth/userinfo.profile",
  "https://www.googleapis.com/auth/userinfo.email",
];

if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
  passport.use(
    new GoogleStrategy(
      {
        clientID: env.GOOGLE_CLIENT_ID,
        clientSecret: env.GOOGLE_CLIENT_SECRET,
        callbackURL: `${env.URL}/auth/${config.id}.callback`,
        passReqToCallback: true,
        // @ts-expect-error StateStore
        store: new StateStore(),
        scope: scopes,
      },
      async function (ctx: Context, accessToken: string, refreshToken: string, params: { expires_in: number }, profile: Profile & { email: string; _json: { hd: string } }, done: any) {
        try {
          const domain = profile._json.hd;
          const result = await accountProvisioner({
            ip: ctx.ip,
            team: { name: domain, domain, subdomain: domain.split(".")[0] },
            user: { email: profile.email, name: profile.displayName, avatarUrl: profile.photos?.[0]?.value },
            authenticationProvider: { name: "google", providerId: domain },
            authentication: { providerId: profile.id, accessToken, refreshToken, expiresIn: params.expires_in, scopes },
          });
          return done(null, result.user, result);
        } catch (err) {
          return done(err, null);
        }
      }
    )
  );

  router.get("google", passport.authenticate("google", { accessType: "offline", prompt: "select_account consent" }));
  router.get("google.callback", passportMiddleware("google"));
}

export default router;
