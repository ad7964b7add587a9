import fs from "fs-extra";
import JSZip from "jszip";
import tmp from "tmp";
import Logger from "@server/logging/Logger";
import { Collection, Document, FileOperation } from "@server/models";
import { sequelize } from "@server/storage/database";
import FileStorage from "@server/storage/files";
import EmailTask from "./EmailTask";
import BaseTask from "./BaseTask";

type Props = { fileOperationId: string };

export default class ExportDocumentTreeTask extends BaseTask<Props> {
  public async perform({ fileOperationId }: Props) {
    const fileOperation = await FileOperation.findByPk(fileOperationId, { rejectOnEmpty: true });
    const collection = await Collection.findByPk(fileOperation.collectionId, { rejectOnEmpty: true });

    const zip = new JSZip();
    const documents = await Document.findAll({
      where: { collectionId: collection.id },
      order: [["createdAt", "ASC"]],
    });

    for (const document of documents) {
      zip.file(`${document.title || "Untitled"}.md`, document.text);
    }

    const tmpFile = tmp.fileSync({ postfix: ".zip" });
    const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await fs.writeFile(tmpFile.name, buffer);

    Logger.info("task", `ExportTask uploading data for ${fileOperationId}`);
    const url = await FileStorage.store({
      body: fs.createReadStream(tmpFile.name),
      contentLength: buffer.length,
      contentType: "application/zip",
      key: fileOperation.key,
      acl: "private",
    });

    await sequelize.transaction(async (transaction) => {
      fileOperation.state = "complete";
      fileOperation.url = url;
      await fileOperation.save({ transaction });
    });

    await EmailTask.schedule({
      templateName: "ExportSuccessEmail",
      props: { to: fileOperation.user.email, id: fileOperation.id },
    });
  }
}
