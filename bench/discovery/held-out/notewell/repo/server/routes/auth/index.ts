import passport from "@outlinewiki/koa-passport";
import Koa from "koa";
import bodyParser from "koa-body";
import Router from "koa-router";
import { AuthenticationError } from "@server/errors";
import { PluginManager, Hook } from "@server/utils/PluginManager";

const app = new Koa();
const router = new Router();

router.use(passport.initialize());

// Only plugins whose env (client id/secret) is present register an auth provider:
// oidc (Keycloak) in the deployment; google/azure stay disabled.
PluginManager.getHooks(Hook.AuthProvider).forEach((hook) => {
  router.use("/", hook.value.router.routes());
});

router.get("/redirect", async (ctx) => {
  const { user } = ctx.state.auth;
  if (!user) {
    throw AuthenticationError("Not authenticated");
  }
  ctx.redirect("/home");
});

app.use(bodyParser());
app.use(router.routes());

export default app;
