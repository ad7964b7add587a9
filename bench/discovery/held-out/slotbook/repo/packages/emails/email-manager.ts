import type { CalendarEvent, Person } from "@slotbook/types/Calendar";

import AttendeeScheduledEmail from "./templates/attendee-scheduled-email";

const sendEmail = (prepare: () => BaseEmailLike) => {
  return new Promise((resolve, reject) => {
    try {
      const email = prepare();
      resolve(email.sendEmail());
    } catch (e) {
      reject(console.error(`${prepare.constructor.name}.sendEmail failed`, e));
    }
  });
};

type BaseEmailLike = { sendEmail: () => Promise<unknown> };

export const sendScheduledEmails = async (
  calEvent: CalendarEvent,
  eventNameObject?: unknown,
  hostEmailDisabled?: boolean,
  attendeeEmailDisabled?: boolean
) => {
  const emailsToSend: Promise<unknown>[] = [];

  if (!attendeeEmailDisabled) {
    emailsToSend.push(
      ...calEvent.attendees.map((attendee: Person) => {
        return sendEmail(() => new AttendeeScheduledEmail({ ...calEvent }, attendee));
      })
    );
  }

  await Promise.all(emailsToSend);
};

export const sendAwaitingPaymentEmail = async (calEvent: CalendarEvent) => {
  const emailsToSend: Promise<unknown>[] = [];
  emailsToSend.push(
    ...calEvent.attendees.map((attendee: Person) => {
      return sendEmail(() => new AttendeeScheduledEmail(calEvent, attendee));
    })
  );
  await Promise.all(emailsToSend);
};
