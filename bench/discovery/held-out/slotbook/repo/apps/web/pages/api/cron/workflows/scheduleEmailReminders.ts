/* Schedule any workflow reminder that falls within 72 hours for email */
import type { NextApiRequest, NextApiResponse } from "next";

import dayjs from "@slotbook/dayjs";
import {
  getBatchId,
  sendSendgridMail,
  cancelScheduledEmail,
} from "@slotbook/features/ee/workflows/lib/reminders/providers/sendgridProvider";
import { defaultHandler } from "@slotbook/lib/server";
import prisma from "@slotbook/prisma";
import { WorkflowMethods } from "@slotbook/prisma/enums";

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const apiKey = req.headers.authorization || req.query.apiKey;
  if (process.env.CRON_API_KEY !== apiKey) {
    res.status(401).json({ message: "Not authenticated" });
    return;
  }

  // delete batch_ids with already past scheduled date from scheduled_sends
  const remindersToDelete = await prisma.workflowReminder.findMany({
    where: {
      method: WorkflowMethods.EMAIL,
      cancelled: true,
      scheduledDate: { lte: dayjs().toISOString() },
    },
  });

  for (const reminder of remindersToDelete) {
    await cancelScheduledEmail(reminder.referenceId);
  }

  //find all unscheduled Email reminders
  const unscheduledReminders = await prisma.workflowReminder.findMany({
    where: {
      method: WorkflowMethods.EMAIL,
      scheduled: false,
      scheduledDate: { lte: dayjs().add(72, "hour").toISOString() },
    },
    include: {
      booking: { include: { attendees: true, user: true, eventType: true } },
      workflowStep: true,
    },
  });

  if (!unscheduledReminders.length) {
    res.status(200).json({ message: "No Emails to schedule" });
    return;
  }

  for (const reminder of unscheduledReminders) {
    if (!reminder.booking) continue;
    const batchId = await getBatchId();
    const sendTo = reminder.booking.attendees[0]?.email;
    try {
      await sendSendgridMail(
        {
          to: sendTo,
          subject: reminder.workflowStep?.emailSubject || `Reminder: ${reminder.booking.title}`,
          html: reminder.workflowStep?.reminderBody || "",
          batchId,
          sendAt: dayjs(reminder.scheduledDate).unix(),
        },
        { sender: reminder.workflowStep?.sender }
      );

      await prisma.workflowReminder.update({
        where: { id: reminder.id },
        data: { scheduled: true, referenceId: batchId },
      });
    } catch (error) {
      console.log(`Error scheduling Email with error ${error}`);
    }
  }

  res.status(200).json({ message: `${unscheduledReminders.length} Emails to schedule` });
}

export default defaultHandler({
  POST: Promise.resolve({ default: handler }),
});
