import { Event, DocumentEvent } from "@server/types";
import { Document, User } from "@server/models";
import EmailTask from "../tasks/EmailTask";
import BaseProcessor from "./BaseProcessor";

export default class NotificationsProcessor extends BaseProcessor {
  static applicableEvents: Event["name"][] = ["documents.publish", "documents.update.debounced"];

  async perform(event: DocumentEvent) {
    const document = await Document.findByPk(event.documentId, { includeState: false });
    if (!document) {
      return;
    }
    const recipients = await User.findAll({
      where: { teamId: document.teamId, suspendedAt: null },
    });

    for (const recipient of recipients) {
      if (recipient.id === event.actorId) {
        continue;
      }
      await EmailTask.schedule({
        templateName: "DocumentPublishedOrUpdatedEmail",
        props: { to: recipient.email, documentId: document.id, actorName: event.actorName },
      });
    }
  }
}
