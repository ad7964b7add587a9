import fetch from "node-fetch";
import { Op } from "sequelize";
import { IntegrationService, IntegrationType } from "@shared/types";
import { Document, Integration, Team } from "@server/models";
import BaseProcessor from "@server/queues/processors/BaseProcessor";
import { DocumentEvent, Event } from "@server/types";
import env from "../env";
import presentMessageAttachment from "../presenters/messageAttachment";

/**
 * Runs in the worker. Posts to the Slack incoming webhook saved on the
 * Integration (https://hooks.slack.com/services/...) when documents are published.
 */
export default class SlackProcessor extends BaseProcessor {
  static applicableEvents: Event["name"][] = ["documents.publish", "revisions.create"];

  async perform(event: DocumentEvent) {
    const [document, team] = await Promise.all([
      Document.findByPk(event.documentId),
      Team.findByPk(event.teamId),
    ]);
    if (!document || !team) {
      return;
    }

    const integration = (await Integration.findOne({
      where: {
        teamId: document.teamId,
        collectionId: document.collectionId,
        service: IntegrationService.Slack,
        type: IntegrationType.Post,
        events: { [Op.contains]: [event.name === "revisions.create" ? "documents.update" : event.name] },
      },
    })) as Integration<IntegrationType.Post>;

    if (!integration) {
      return;
    }

    let text = `${document.updatedBy.name} updated "${document.title}"`;
    if (event.name === "documents.publish") {
      text = `${document.createdBy.name} published "${document.title}"`;
    }

    await fetch(integration.settings.url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        text,
        attachments: [presentMessageAttachment(document, team, document.collection)],
      }),
    });
  }
}
