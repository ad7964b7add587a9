/* Schedule any workflow reminder that falls within 7 days for SMS */
import type { NextApiRequest, NextApiResponse } from "next";

import dayjs from "@slotbook/dayjs";
import { defaultHandler } from "@slotbook/lib/server";
import prisma from "@slotbook/prisma";
import { WorkflowMethods } from "@slotbook/prisma/enums";

import * as twilio from "@slotbook/features/ee/workflows/lib/reminders/providers/twilioProvider";

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = req.headers.authorization || req.query.apiKey;
  if (process.env.CRON_API_KEY !== apiKey) {
    res.status(401).json({ message: "Not authenticated" });
    return;
  }

  //find all unscheduled SMS reminders
  const unscheduledReminders = await prisma.workflowReminder.findMany({
    where: {
      method: WorkflowMethods.SMS,
      scheduled: false,
      scheduledDate: {
        lte: dayjs().add(7, "day").toISOString(),
      },
    },
    include: {
      booking: { include: { attendees: true, user: true, eventType: true } },
      workflowStep: true,
    },
  });

  if (!unscheduledReminders.length) {
    res.json({ ok: true });
    return;
  }

  for (const reminder of unscheduledReminders) {
    if (!reminder.workflowStep || !reminder.booking) {
      continue;
    }
    try {
      const sendTo = reminder.workflowStep.sendTo ?? reminder.booking.attendees[0]?.phoneNumber;
      if (!sendTo) continue;

      const message = reminder.workflowStep.reminderBody ?? `Reminder: ${reminder.booking.title}`;
      const scheduledSMS = await twilio.scheduleSMS(
        sendTo,
        message,
        reminder.scheduledDate,
        reminder.workflowStep.sender ?? "Slotbook",
        reminder.booking.userId
      );

      await prisma.workflowReminder.update({
        where: { id: reminder.id },
        data: { scheduled: true, referenceId: scheduledSMS.sid },
      });
    } catch (error) {
      console.log(`Error scheduling SMS with error ${error}`);
    }
  }
  res.status(200).json({ message: "SMS scheduled" });
}

export default defaultHandler({
  POST: Promise.resolve({ default: handler }),
});
