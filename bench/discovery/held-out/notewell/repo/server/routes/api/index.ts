import Koa from "koa";
import bodyParser from "koa-body";
import Router from "koa-router";
import { PluginManager, Hook } from "@server/utils/PluginManager";
import { apiResponse, authenticated } from "../../middlewares";
import attachments from "./attachments";
import documents from "./documents";
import urls from "./urls";

const api = new Koa();
const router = new Router();

api.use(bodyParser({ multipart: true, formidable: { maxFileSize: 262144000 } }));
api.use(apiResponse());

router.use("/", documents.routes());
router.use("/", attachments.routes());
router.use("/", urls.routes());

// Plugin API routes (slack.*, webhookSubscriptions.*, ...)
PluginManager.getHooks(Hook.API).forEach((hook) => router.use("/", authenticated(), hook.value.routes()));

router.post("*", (ctx) => {
  ctx.throw(404, "Resource not found");
});

api.use(router.routes());

export default api;
