import Router from "@koa/router"
import * as email from "./controllers/global/email"
import * as configs from "./controllers/global/configs"
import * as users from "./controllers/global/users"
import * as auth from "./controllers/global/auth"

export const router = new Router()

router.get("/health", ctx => {
  ctx.status = 200
})

function internalOnly(ctx: any, next: any) {
  if (ctx.get("x-appforge-api-key") !== process.env.INTERNAL_API_KEY && !ctx.cookies.get("appforge:auth")) {
    ctx.throw(403, "Forbidden")
  }
  return next()
}

router
  .post("/api/global/auth/:tenantId/login", auth.login)
  .post("/api/global/auth/logout", auth.logout)
  .post("/api/global/auth/:tenantId/reset", auth.reset)
  .post("/api/global/auth/:tenantId/reset/update", auth.resetUpdate)
  .post("/api/global/email/send", internalOnly, email.sendEmail)
  .get("/api/global/configs/:type", internalOnly, configs.find)
  .post("/api/global/configs", internalOnly, configs.save)
  .get("/api/global/users", internalOnly, users.fetch)
  .get("/api/global/users/:id", internalOnly, users.find)
  .post("/api/global/users", internalOnly, users.save)
  .post("/api/global/users/invite", internalOnly, users.invite)
  .delete("/api/global/roles/:appId", internalOnly, users.removeAppRole)
  .post("/api/global/configs/upload/logo", internalOnly, configs.uploadLogo)
  .get("/api/system/environment", ctx => {
    ctx.body = { multiTenancy: false, offlineMode: !!process.env.OFFLINE_MODE, isDev: process.env.NODE_ENV !== "production" }
  })
