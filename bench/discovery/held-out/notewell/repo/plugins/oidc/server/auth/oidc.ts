import passport from "@outlinewiki/koa-passport";
import type { Context } from "koa";
import Router from "koa-router";
import { Strategy } from "passport-oauth2";
import { slugifyDomain } from "@shared/utils/domains";
import accountProvisioner from "@server/commands/accountProvisioner";
import { AuthenticationError } from "@server/errors";
import passportMiddleware from "@server/middlewares/passport";
import { StateStore, request } from "@server/utils/passport";
import config from "../../plugin.json";
import env from "../env";

const router = new Router();
const scopes = env.OIDC_SCOPES.split(" ");

Strategy.prototype.userProfile = async function (accessToken, done) {
  try {
    // userinfo endpoint of the identity provider (OIDC_USERINFO_URI)
    const response = await request("GET", env.OIDC_USERINFO_URI!, accessToken);
    return done(null, response);
  } catch (err) {
    return done(err);
  }
};

if (env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET && env.OIDC_AUTH_URI && env.OIDC_TOKEN_URI && env.OIDC_USERINFO_URI) {
  passport.use(
    config.id,
    new Strategy(
      {
        authorizationURL: env.OIDC_AUTH_URI,
        // passport-oauth2 POSTs the authorization code to the token endpoint
        tokenURL: env.OIDC_TOKEN_URI,
        clientID: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        callbackURL: `${env.URL}/auth/${config.id}.callback`,
        passReqToCallback: true,
        scope: scopes,
        // @ts-expect-error custom state store
        store: new StateStore(),
        state: true,
        pkce: false,
      },
      async function (ctx: Context, accessToken: string, refreshToken: string, params: { expires_in: number; id_token: string }, profile: Record<string, string>, done: any) {
        try {
          if (!profile.email) {
            throw AuthenticationError(`An email field was not returned in the profile parameter, but is required.`);
          }
          const parts = profile.email.toLowerCase().split("@");
          const domain = parts.length && parts[1];
          const subdomain = slugifyDomain(domain);
          const result = await accountProvisioner({
            ip: ctx.ip,
            team: { teamId: ctx.state?.teamId, name: env.APP_NAME, domain, subdomain },
            user: {
              name: profile.name || profile[env.OIDC_USERNAME_CLAIM],
              email: profile.email,
              avatarUrl: profile.picture,
            },
            authenticationProvider: { name: config.id, providerId: domain },
            authentication: { providerId: profile.sub, accessToken, refreshToken, expiresIn: params.expires_in, scopes },
          });
          return done(null, result.user, { ...result, client: ctx.state?.client });
        } catch (err) {
          return done(err, null);
        }
      }
    )
  );

  router.get(config.id, passport.authenticate(config.id));
  router.get(`${config.id}.callback`, passportMiddleware(config.id));
  router.post(`${config.id}.callback`, passportMiddleware(config.id));
}

export default router;
