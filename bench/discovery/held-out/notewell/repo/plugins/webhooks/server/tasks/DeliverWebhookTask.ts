import fetch from "node-fetch";
import { WebhookDelivery, WebhookSubscription } from "@server/models";
import BaseTask from "@server/queues/tasks/BaseTask";
import { Event } from "@server/types";
import Logger from "@server/logging/Logger";

type Props = { subscriptionId: string; event: Event };

/**
 * Delivers an event to a customer-configured webhook URL. The target is
 * whatever URL the team admin saved on the WebhookSubscription.
 */
export default class DeliverWebhookTask extends BaseTask<Props> {
  public async perform({ subscriptionId, event }: Props) {
    const subscription = await WebhookSubscription.findByPk(subscriptionId, { rejectOnEmpty: true });
    if (!subscription.enabled) {
      return;
    }
    const delivery = await WebhookDelivery.create({ webhookSubscriptionId: subscription.id, status: "pending" });
    const body = { id: delivery.id, actorId: event.actorId, webhookSubscriptionId: subscription.id, createdAt: delivery.createdAt, event: event.name };

    try {
      const response = await fetch(subscription.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "user-agent": `Notewell-Webhooks`,
          "notewell-signature": subscription.signature(JSON.stringify(body)) ?? "",
        },
        body: JSON.stringify(body),
        redirect: "error",
        timeout: 5000,
      });
      await delivery.update({ status: response.ok ? "success" : "failed", statusCode: response.status });
    } catch (err) {
      Logger.error("Failed to send webhook", err, { subscriptionId });
      await delivery.update({ status: "failed" });
    }
  }
}
