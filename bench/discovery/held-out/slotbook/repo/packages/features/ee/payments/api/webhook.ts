import type { Prisma } from "@prisma/client";
import { buffer } from "micro";
import type { NextApiRequest, NextApiResponse } from "next";
import type Stripe from "stripe";

import stripe from "@slotbook/app-store/stripepayment/lib/server";
import { sendScheduledEmails } from "@slotbook/emails";
import { HttpError as HttpCode } from "@slotbook/lib/http-error";
import logger from "@slotbook/lib/logger";
import prisma from "@slotbook/prisma";

const log = logger.getSubLogger({ prefix: ["[paymentWebhook]"] });

export const config = {
  api: {
    bodyParser: false,
  },
};

export async function handleStripePaymentSuccess(event: Stripe.Event) {
  const paymentIntent = event.data.object as Stripe.PaymentIntent;
  const payment = await prisma.payment.findFirst({
    where: { externalId: paymentIntent.id },
    select: { id: true, bookingId: true },
  });

  if (!payment?.bookingId) {
    log.error("Stripe: Payment Not Found", paymentIntent.id);
    throw new HttpCode({ statusCode: 204, message: "Payment not found" });
  }

  const booking = await prisma.booking.update({
    where: { id: payment.bookingId },
    data: { paid: true, status: "ACCEPTED" },
    include: { attendees: true, user: true, eventType: true },
  });
  await prisma.payment.update({ where: { id: payment.id }, data: { success: true } });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await sendScheduledEmails(booking as any);
}

const handleSetupSuccess = async (event: Stripe.Event) => {
  const setupIntent = event.data.object as Stripe.SetupIntent;
  const payment = await prisma.payment.findFirst({ where: { externalId: setupIntent.id } });
  if (!payment) throw new HttpCode({ statusCode: 204, message: "Payment not found" });
  await prisma.payment.update({
    where: { id: payment.id },
    data: { data: { ...(payment.data as Prisma.JsonObject), setupIntent } as Prisma.InputJsonValue },
  });
};

type WebhookHandler = (event: Stripe.Event) => Promise<void>;

const webhookHandlers: Record<string, WebhookHandler | undefined> = {
  "payment_intent.succeeded": handleStripePaymentSuccess,
  "setup_intent.succeeded": handleSetupSuccess,
};

/**
 * @deprecated
 * We need to create a PaymentManager in `@slotbook/core`
 * to prevent circular dependencies on App Store migration
 */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    if (req.method !== "POST") {
      throw new HttpCode({ statusCode: 405, message: "Method Not Allowed" });
    }
    const sig = req.headers["stripe-signature"];
    if (!sig) {
      throw new HttpCode({ statusCode: 400, message: "Missing stripe-signature" });
    }

    if (!process.env.STRIPE_WEBHOOK_SECRET) {
      throw new HttpCode({ statusCode: 500, message: "Missing process.env.STRIPE_WEBHOOK_SECRET" });
    }
    const requestBuffer = await buffer(req);
    const payload = requestBuffer.toString();

    const event = stripe.webhooks.constructEvent(payload, sig, process.env.STRIPE_WEBHOOK_SECRET);

    // bypassing this validation for e2e tests
    // in order to successfully confirm the payment
    if (!event.account && !process.env.NEXT_PUBLIC_IS_E2E) {
      throw new HttpCode({ statusCode: 202, message: "Incoming connected account" });
    }

    const handler = webhookHandlers[event.type];
    if (handler) {
      await handler(event);
    } else {
      /** Not really an error, just letting Stripe know that the webhook was received but unhandled */
      throw new HttpCode({
        statusCode: 202,
        message: `Unhandled Stripe Webhook event type ${event.type}`,
      });
    }
  } catch (_err) {
    const err = _err as HttpCode;
    console.error(`Webhook Error: ${err.message}`);
    res.status(err.statusCode ?? 500).send({
      message: err.message,
      stack: process.env.NODE_ENV === "production" ? undefined : err.stack,
    });
    return;
  }

  // Return a response to acknowledge receipt of the event
  res.json({ received: true });
}
