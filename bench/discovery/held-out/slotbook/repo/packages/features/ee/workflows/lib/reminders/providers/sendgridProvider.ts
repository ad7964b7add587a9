import client from "@sendgrid/client";
import type { MailData } from "@sendgrid/helpers/classes/mail";
import sgMail from "@sendgrid/mail";
import { createEvent } from "ics";
import type { ParticipationStatus } from "ics";
import type { DateArray } from "ics";

import dayjs from "@slotbook/dayjs";
import { preprocessNameFieldDataWithVariant } from "@slotbook/features/form-builder/utils";
import { SENDER_NAME } from "@slotbook/lib/constants";
import { setTestEmail } from "@slotbook/lib/testEmails";

let sendgridAPIKey: string;
let senderEmail: string;

const testMode = process.env.NEXT_PUBLIC_IS_E2E || process.env.INTEGRATION_TEST_MODE;

function assertSendgrid() {
  if (process.env.SENDGRID_API_KEY && process.env.SENDGRID_EMAIL) {
    sendgridAPIKey = process.env.SENDGRID_API_KEY as string;
    senderEmail = process.env.SENDGRID_EMAIL as string;
    sgMail.setApiKey(sendgridAPIKey);
    client.setApiKey(sendgridAPIKey);
  } else {
    console.error("Sendgrid credentials are missing from the .env file");
  }
}

export async function getBatchId() {
  if (testMode) {
    return Promise.resolve("test-batch-id");
  }
  assertSendgrid();
  if (!process.env.SENDGRID_API_KEY) {
    console.info("No sendgrid API key provided, returning DUMMY_BATCH_ID");
    return Promise.resolve("DUMMY_BATCH_ID");
  }
  const batchIdResponse = await client.request({
    url: "/v3/mail/batch",
    method: "POST",
  });
  return batchIdResponse[1].batch_id as string;
}

export function sendSendgridMail(
  mailData: Partial<MailData>,
  addData: { sender?: string | null; includeCalendarEvent?: boolean }
) {
  assertSendgrid();

  if (testMode) {
    if (!mailData.sendAt) {
      setTestEmail({
        to: mailData.to?.toString() || "",
        from: {
          email: senderEmail,
          name: addData.sender || SENDER_NAME,
        },
        subject: mailData.subject || "",
        html: mailData.html || "",
      });
    }
    console.log(
      "Skipped Sending Email as process.env.NEXT_PUBLIC_UNIT_TESTS is set. Emails are available in globalThis.testEmails"
    );
    return new Promise((r) => r("Skipped sendEmail for Unit Tests"));
  }

  if (!sendgridAPIKey) {
    console.info("No sendgrid API key provided, skipping email");
    return Promise.resolve();
  }

  return sgMail.send({
    to: mailData.to,
    from: {
      email: senderEmail,
      name: addData.sender || SENDER_NAME,
    },
    subject: mailData.subject,
    html: mailData.html || "",
    batchId: mailData.batchId,
    replyTo: mailData.replyTo || senderEmail,
    attachments: mailData.attachments,
    sendAt: mailData.sendAt,
  });
}

export function cancelScheduledEmail(referenceId: string | null) {
  if (!referenceId) {
    console.info("No referenceId provided, skip canceling email");
    return Promise.resolve();
  }

  assertSendgrid();

  return client.request({
    url: "/v3/user/scheduled_sends",
    method: "POST",
    body: {
      batch_id: referenceId,
      status: "cancel",
    },
  });
}

export function generateIcsString(event: {
  startTime: string;
  endTime: string;
  title: string;
  organizer: { name: string; email: string };
  status?: ParticipationStatus;
}) {
  const icsEvent = createEvent({
    start: dayjs(event.startTime).utc().toArray().slice(0, 6).map((v, i) => (i === 1 ? v + 1 : v)) as DateArray,
    startInputType: "utc",
    productId: "slotbook/ics",
    title: event.title,
    duration: { minutes: dayjs(event.endTime).diff(dayjs(event.startTime), "minute") },
    organizer: { name: event.organizer.name, email: event.organizer.email },
  });
  return icsEvent.value;
}

export { preprocessNameFieldDataWithVariant };
