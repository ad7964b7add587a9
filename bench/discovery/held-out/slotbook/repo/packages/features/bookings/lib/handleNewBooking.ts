import type { Prisma } from "@prisma/client";
import type { NextApiRequest } from "next";
import short from "short-uuid";
import { v5 as uuidv5 } from "uuid";

import { getBusyCalendarTimes, createEvent } from "@slotbook/core/CalendarManager";
import { createMeeting } from "@slotbook/core/videoClient";
import { sendScheduledEmails } from "@slotbook/emails";
import { scheduleSMSReminder } from "@slotbook/features/ee/workflows/lib/reminders/smsReminderManager";
import getWebhooks from "@slotbook/features/webhooks/lib/getWebhooks";
import sendPayload from "@slotbook/features/webhooks/lib/sendPayload";
import { HttpError } from "@slotbook/lib/http-error";
import logger from "@slotbook/lib/logger";
import { safeStringify } from "@slotbook/lib/logger";
import prisma from "@slotbook/prisma";
import type { CalendarEvent } from "@slotbook/types/Calendar";

const translator = short();
const log = logger.getSubLogger({ prefix: ["[api] book:user"] });

type BookingBody = {
  eventTypeId: number;
  start: string;
  end: string;
  timeZone: string;
  language: string;
  responses: { name: string; email: string; attendeePhoneNumber?: string; notes?: string };
  metadata?: Record<string, string>;
};

async function handler(req: NextApiRequest & { userId?: number }) {
  const body = req.body as BookingBody;

  const eventType = await prisma.eventType.findUniqueOrThrow({
    where: { id: body.eventTypeId },
    include: {
      owner: { include: { credentials: true } },
      workflows: true,
    },
  });
  const organizer = eventType.owner;
  if (!organizer) throw new HttpError({ statusCode: 404, message: "Organizer not found" });

  // 1. Make sure the organizer is still free (asks every connected calendar)
  const busy = await getBusyCalendarTimes(organizer.credentials as any, body.start, body.end, []);
  if (busy.some((b) => b.start < body.end && b.end > body.start)) {
    throw new HttpError({ statusCode: 409, message: "no_available_users_found_error" });
  }

  const uid = translator.fromUUID(uuidv5(JSON.stringify({ ...body, organizer: organizer.id }), uuidv5.URL));

  const evt: CalendarEvent = {
    type: eventType.slug,
    title: eventType.title,
    description: eventType.description,
    additionalNotes: body.responses.notes,
    startTime: body.start,
    endTime: body.end,
    organizer: {
      id: organizer.id,
      name: organizer.name || "Nameless",
      email: organizer.email,
      timeZone: organizer.timeZone,
      language: { translate: (s: string) => s, locale: "en" },
    },
    attendees: [
      {
        name: body.responses.name,
        email: body.responses.email,
        timeZone: body.timeZone,
        language: { translate: (s: string) => s, locale: body.language },
      },
    ],
    uid,
    location: (eventType.locations as Prisma.JsonArray | null)?.[0]?.toString(),
  } as CalendarEvent;

  const booking = await prisma.booking.create({
    data: {
      uid,
      title: evt.title,
      startTime: new Date(body.start),
      endTime: new Date(body.end),
      userId: organizer.id,
      eventTypeId: eventType.id,
      metadata: body.metadata,
      attendees: { createMany: { data: evt.attendees.map((a) => ({ ...a, language: undefined, locale: body.language })) } },
    },
  });

  // 2. Create calendar events + conferencing on the organizer's connected apps
  const references: Prisma.BookingReferenceCreateManyInput[] = [];
  for (const credential of organizer.credentials) {
    if (credential.type.endsWith("_video")) {
      const meeting = await createMeeting(credential as any, evt);
      if (meeting.success && meeting.createdEvent) {
        evt.videoCallData = meeting.createdEvent;
        references.push({
          type: credential.type,
          uid: meeting.createdEvent.id,
          meetingId: meeting.createdEvent.id,
          meetingPassword: meeting.createdEvent.password,
          meetingUrl: meeting.createdEvent.url,
          bookingId: booking.id,
        });
      }
    }
  }
  for (const credential of organizer.credentials) {
    if (credential.type.endsWith("_calendar")) {
      const result = await createEvent(credential as any, evt);
      if (result.success && result.createdEvent) {
        references.push({ type: credential.type, uid: result.createdEvent.id, bookingId: booking.id });
      }
    }
  }
  await prisma.bookingReference.createMany({ data: references });

  // 3. Emails
  await sendScheduledEmails(evt);

  // 4. Workflows (SMS reminders)
  if (body.responses.attendeePhoneNumber) {
    await scheduleSMSReminder({
      evt,
      reminderPhone: body.responses.attendeePhoneNumber,
      triggerEvent: "NEW_EVENT",
      action: "SMS_ATTENDEE",
      timeSpan: { time: null, timeUnit: null },
      sender: "Slotbook",
      userId: organizer.id,
    });
  }

  // 5. Webhooks
  const subscribers = await getWebhooks({
    userId: organizer.id,
    eventTypeId: eventType.id,
    triggerEvent: "BOOKING_CREATED",
  });
  const createdAt = new Date().toISOString();
  await Promise.all(
    subscribers.map((sub) =>
      sendPayload(sub.secret, "BOOKING_CREATED", createdAt, sub, { ...evt, bookingId: booking.id }).catch((e) =>
        log.error(`Error executing webhook for event: BOOKING_CREATED, URL: ${sub.subscriberUrl}`, safeStringify(e))
      )
    )
  );

  return { ...booking, references };
}

export default handler;
