import Router from "koa-router";
import { v4 as uuidv4 } from "uuid";
import env from "@server/env";
import auth from "@server/middlewares/authentication";
import { Attachment } from "@server/models";
import FileStorage from "@server/storage/files";
import { APIContext } from "@server/types";

const router = new Router();

router.post("attachments.create", auth(), async (ctx: APIContext) => {
  const { name, documentId, contentType = "application/octet-stream", size } = ctx.request.body;
  const { user } = ctx.state.auth;
  const key = `uploads/${user.id}/${uuidv4()}/${name}`;
  const acl = env.AWS_S3_ACL;

  const attachment = await Attachment.create({ key, acl, size, contentType, documentId, teamId: user.teamId, userId: user.id });
  const presignedPost = await FileStorage.getPresignedPost(key, acl, env.FILE_STORAGE_UPLOAD_MAX_SIZE, contentType);

  ctx.body = {
    data: {
      uploadUrl: FileStorage.getUploadUrl(),
      form: { "Cache-Control": "max-age=31557600", "Content-Type": contentType, ...presignedPost.fields },
      attachment,
    },
  };
});

router.post("attachments.redirect", auth(), async (ctx: APIContext) => {
  const { id } = ctx.request.body;
  const attachment = await Attachment.findByPk(id, { rejectOnEmpty: true });
  ctx.redirect(await FileStorage.getSignedUrl(attachment.key));
});

router.post("attachments.delete", auth(), async (ctx: APIContext) => {
  const attachment = await Attachment.findByPk(ctx.request.body.id, { rejectOnEmpty: true });
  await FileStorage.deleteFile(attachment.key);
  await attachment.destroy();
  ctx.body = { success: true };
});

export default router;
