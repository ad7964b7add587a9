import passport from "@outlinewiki/koa-passport";
import { Strategy as AzureStrategy } from "@outlinewiki/passport-azure-ad-oauth2";
import jwt from "jsonwebtoken";
import type { Context } from "koa";
import Router from "koa-router";
import accountProvisioner from "@server/commands/accountProvisioner";
import passportMiddleware from "@server/middlewares/passport";
import { StateStore, request } from "@server/utils/passport";
import config from "../../plugin.json";
import env from "../env";

const router = new Router();
const scopes: string[] = [];

if (env.AZURE_CLIENT_ID && env.AZURE_CLIENT_SECRET) {
  const strategy = new AzureStrategy(
    {
      clientID: env.AZURE_CLIENT_ID,
      clientSecret: env.AZURE_CLIENT_SECRET,
      callbackURL: `${env.URL}/auth/${config.id}.callback`,
      useCommonEndpoint: true,
      passReqToCallback: true,
      resource: env.AZURE_RESOURCE_APP_ID,
      // @ts-expect-error StateStore
      store: new StateStore(),
      scope: scopes,
    },
    async function (ctx: Context, accessToken: string, refreshToken: string, params: { expires_in: number; id_token: string }, _profile: Record<string, string>, done: any) {
      try {
        // https://docs.microsoft.com/en-us/azure/active-directory/develop/access-tokens
        const profile = jwt.decode(params.id_token) as jwt.JwtPayload;
        const [profileResponse, organizationResponse] = await Promise.all([
          request("GET", `https://graph.microsoft.com/v1.0/me`, accessToken),
          request("GET", `https://graph.microsoft.com/v1.0/organization`, accessToken),
        ]);
        const domain = (profileResponse.mail || profileResponse.userPrincipalName).split("@")[1];
        const result = await accountProvisioner({
          ip: ctx.ip,
          team: { name: organizationResponse.value[0].displayName, domain, subdomain: domain.split(".")[0] },
          user: { name: profile.name, email: profileResponse.mail },
          authenticationProvider: { name: config.id, providerId: profile.tid },
          authentication: { providerId: profile.oid, accessToken, refreshToken, expiresIn: params.expires_in, scopes },
        });
        return done(null, result.user, result);
      } catch (err) {
        return done(err, null);
      }
    }
  );
  passport.use(strategy);

  router.get(config.id, passport.authenticate(config.id, { prompt: "select_account" }));
  router.get(`${config.id}.callback`, passportMiddleware(config.id));
}

export default router;
