import {
  onStoreDocumentPayload,
  onLoadDocumentPayload,
  Extension,
} from "@hocuspocus/server";
import * as Y from "yjs";
import Logger from "@server/logging/Logger";
import { trace } from "@server/logging/tracing";
import Document from "@server/models/Document";
import { sequelize } from "@server/storage/database";
import documentCollaborativeUpdater from "../commands/documentCollaborativeUpdater";

@trace()
export class PersistenceExtension implements Extension {
  async onLoadDocument({ documentName, ...data }: onLoadDocumentPayload) {
    const [, documentId] = documentName.split(".");
    const fieldName = "default";

    // Check if the given field already exists in the given y-doc. This is import
    // so we don't import a document fresh if it exists already.
    if (!data.document.isEmpty(fieldName)) {
      return;
    }

    return await sequelize.transaction(async (transaction) => {
      const document = await Document.scope("withState").findOne({
        transaction,
        lock: transaction.LOCK.UPDATE,
        rejectOnEmpty: true,
        where: { id: documentId },
      });

      if (document.state) {
        const ydoc = new Y.Doc();
        Logger.info("database", `Document ${documentId} is in database state`);
        Y.applyUpdate(ydoc, document.state);
        return ydoc;
      }

      Logger.info("database", `Document ${documentId} is not in state, creating from markdown`);
      const ydoc = new Y.Doc();
      await document.update({ state: Buffer.from(Y.encodeStateAsUpdate(ydoc)) }, { transaction, hooks: false });
      return ydoc;
    });
  }

  async onStoreDocument({ document, context, documentName, clientsCount }: onStoreDocumentPayload) {
    const [, documentId] = documentName.split(".");

    try {
      await documentCollaborativeUpdater({
        documentId,
        ydoc: document,
        sessionCollaboratorIds: context.user?.id ? [context.user.id] : [],
        isLastConnection: clientsCount === 0,
      });
    } catch (err) {
      Logger.error("Unable to persist document", err, { documentId });
    }
  }
}
