import type { WebhookTriggerEvents } from "@prisma/client";

import defaultPrisma from "@slotbook/prisma";
import type { PrismaClient } from "@slotbook/prisma";

export type GetSubscriberOptions = {
  userId?: number | null;
  eventTypeId?: number | null;
  triggerEvent: WebhookTriggerEvents;
  teamId?: number | number[] | null;
};

const getWebhooks = async (options: GetSubscriberOptions, prisma: PrismaClient = defaultPrisma) => {
  const userId = options.userId ?? 0;
  const eventTypeId = options.eventTypeId ?? 0;

  // if we have userId and teamId it is a managed event type and should trigger for team and user
  const allWebhooks = await prisma.webhook.findMany({
    where: {
      OR: [{ userId }, { eventTypeId }],
      AND: {
        eventTriggers: { has: options.triggerEvent },
        active: { equals: true },
      },
    },
    select: {
      id: true,
      subscriberUrl: true,
      payloadTemplate: true,
      appId: true,
      secret: true,
    },
  });

  return allWebhooks;
};

export default getWebhooks;
