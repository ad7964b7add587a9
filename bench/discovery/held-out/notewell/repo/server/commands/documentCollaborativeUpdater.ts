import * as Y from "yjs";
import { Document, Event } from "@server/models";
import { sequelize } from "@server/storage/database";

type Props = {
  documentId: string;
  ydoc: Y.Doc;
  sessionCollaboratorIds: string[];
  isLastConnection: boolean;
};

export default async function documentCollaborativeUpdater({
  documentId,
  ydoc,
  sessionCollaboratorIds,
  isLastConnection,
}: Props) {
  return sequelize.transaction(async (transaction) => {
    const document = await Document.unscoped().scope("withState").findOne({
      where: { id: documentId },
      transaction,
      lock: { of: Document, level: transaction.LOCK.UPDATE },
      rejectOnEmpty: true,
      paranoid: false,
    });

    const state = Y.encodeStateAsUpdate(ydoc);
    const lastModifiedById = sessionCollaboratorIds[sessionCollaboratorIds.length - 1] ?? document.lastModifiedById;

    await document.update(
      { state: Buffer.from(state), lastModifiedById },
      { transaction, silent: !isLastConnection, hooks: false }
    );

    // Event row is picked up by the Sequelize afterCreate hook and pushed to globalEvents
    await Event.schedule({
      name: "documents.update",
      documentId: document.id,
      collectionId: document.collectionId,
      teamId: document.teamId,
      actorId: lastModifiedById,
      data: { done: isLastConnection },
    });
  });
}
