import Router from "@koa/router"
import * as application from "./controllers/application"
import * as row from "./controllers/row"
import * as staticCtrl from "./controllers/static"
import * as automation from "./controllers/automation"
import * as datasource from "./controllers/datasource"

export const router = new Router()

router.get("/health", ctx => {
  ctx.status = 200
  ctx.body = { status: "ok" }
})

router
  .get("/api/applications", application.fetch)
  .post("/api/applications", application.create)
  .get("/api/applications/:appId/appPackage", application.fetchAppPackage)
  .post("/api/applications/:appId/publish", application.publish)
  .delete("/api/applications/:appId", application.destroy)
  .get("/api/:tableId/rows", row.fetch)
  .post("/api/:tableId/search", row.search)
  .post("/api/:tableId/rows", row.save)
  .delete("/api/:tableId/rows", row.destroy)
  .post("/api/attachments/:tableId/upload", staticCtrl.uploadFile)
  .get("/api/assets/client", staticCtrl.serveClientLibrary)
  .get("/builder/:file*", staticCtrl.serveBuilder)
  .get("/app/:appUrl/:path*", staticCtrl.serveApp)
  .post("/api/automations/:id/trigger", automation.trigger)
  .post("/api/webhooks/trigger/:instance/:id", automation.webhookTrigger)
  .post("/api/datasources/:datasourceId/query", datasource.query)
