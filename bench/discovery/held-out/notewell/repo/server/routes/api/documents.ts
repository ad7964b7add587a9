import Router from "koa-router";
import { Op } from "sequelize";
import auth from "@server/middlewares/authentication";
import { transaction } from "@server/middlewares/transaction";
import { Document, Event, FileOperation } from "@server/models";
import { authorize } from "@server/policies";
import { presentDocument } from "@server/presenters";
import { globalEventQueue } from "@server/queues";
import ExportDocumentTreeTask from "@server/queues/tasks/ExportDocumentTreeTask";
import { APIContext } from "@server/types";
import pagination from "./middlewares/pagination";

const router = new Router();

router.post("documents.list", auth(), pagination(), async (ctx: APIContext) => {
  const { collectionId, sort = "updatedAt", direction = "DESC" } = ctx.request.body;
  const { user } = ctx.state.auth;
  const documents = await Document.findAll({
    where: { teamId: user.teamId, collectionId, archivedAt: { [Op.is]: null } },
    order: [[sort, direction]],
    offset: ctx.state.pagination.offset,
    limit: ctx.state.pagination.limit,
  });
  ctx.body = {
    pagination: ctx.state.pagination,
    data: await Promise.all(documents.map((d) => presentDocument(ctx, d))),
  };
});

router.post("documents.info", auth({ optional: true }), async (ctx: APIContext) => {
  const { id } = ctx.request.body;
  const document = await Document.findByPk(id, { userId: ctx.state.auth.user?.id, rejectOnEmpty: true });
  authorize(ctx.state.auth.user, "read", document);
  ctx.body = { data: await presentDocument(ctx, document) };
});

router.post("documents.create", auth(), transaction(), async (ctx: APIContext) => {
  const { title = "", text = "", collectionId, publish } = ctx.request.body;
  const { user } = ctx.state.auth;
  const { transaction } = ctx.state;

  const document = await Document.create(
    { title, text, collectionId, teamId: user.teamId, createdById: user.id, lastModifiedById: user.id },
    { transaction }
  );

  const event = await Event.create(
    { name: publish ? "documents.publish" : "documents.create", documentId: document.id, teamId: user.teamId, actorId: user.id, ip: ctx.request.ip },
    { transaction }
  );

  transaction.afterCommit(() => globalEventQueue.add(event, { removeOnComplete: true }));
  ctx.body = { data: await presentDocument(ctx, document) };
});

router.post("documents.export", auth(), async (ctx: APIContext) => {
  const { collectionId, format = "text/markdown" } = ctx.request.body;
  const { user } = ctx.state.auth;
  const fileOperation = await FileOperation.create({
    type: "export",
    state: "creating",
    format,
    key: `uploads/${user.teamId}/exports/${collectionId}.zip`,
    collectionId,
    userId: user.id,
    teamId: user.teamId,
  });
  await ExportDocumentTreeTask.schedule({ fileOperationId: fileOperation.id });
  ctx.body = { success: true, data: { fileOperation } };
});

export default router;
