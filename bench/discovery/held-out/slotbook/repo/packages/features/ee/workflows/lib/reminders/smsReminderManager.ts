import type { MethodType, WorkflowTriggerEvents, WorkflowActions } from "@prisma/client";

import dayjs from "@slotbook/dayjs";
import logger from "@slotbook/lib/logger";
import prisma from "@slotbook/prisma";
import { WorkflowMethods } from "@slotbook/prisma/enums";

import * as twilio from "./providers/twilioProvider";
import customTemplate, { getTemplateBodyForAction } from "./templates/customTemplate";

const log = logger.getSubLogger({ prefix: ["[smsReminderManager]"] });

export type ScheduleTextReminderArgs = {
  evt: { uid?: string | null; startTime: string; endTime: string; title: string; organizer: { timeZone: string } };
  reminderPhone: string | null;
  triggerEvent: WorkflowTriggerEvents;
  action: WorkflowActions;
  timeSpan: { time: number | null; timeUnit: "DAY" | "HOUR" | "MINUTE" | null };
  message?: string;
  workflowStepId?: number;
  sender: string;
  userId?: number | null;
  teamId?: number | null;
};

export const scheduleSMSReminder = async (args: ScheduleTextReminderArgs) => {
  const { evt, reminderPhone, triggerEvent, timeSpan, message = "", workflowStepId, sender, userId, teamId } = args;
  const { startTime, endTime } = evt;
  const uid = evt.uid as string;
  const currentDate = dayjs();
  const timeUnit = timeSpan.timeUnit?.toLowerCase() as "day" | "hour" | "minute";
  let scheduledDate = null;

  if (triggerEvent === "BEFORE_EVENT") {
    scheduledDate = timeSpan.time && timeUnit ? dayjs(startTime).subtract(timeSpan.time, timeUnit) : null;
  } else if (triggerEvent === "AFTER_EVENT") {
    scheduledDate = timeSpan.time && timeUnit ? dayjs(endTime).add(timeSpan.time, timeUnit) : null;
  }

  const smsMessage = customTemplate(message, { eventName: evt.title, timeZone: evt.organizer.timeZone }).text;

  if (!reminderPhone) return;

  if (triggerEvent === "NEW_EVENT" || triggerEvent === "EVENT_CANCELLED" || triggerEvent === "RESCHEDULE_EVENT") {
    try {
      await twilio.sendSMS(reminderPhone, smsMessage, sender, userId, teamId);
    } catch (error) {
      log.error(`Error sending SMS with error ${error}`);
    }
  } else if (scheduledDate) {
    // Can only schedule at least 60 minutes in advance and at most 7 days in advance
    if (
      currentDate.isBefore(scheduledDate.subtract(1, "hour")) &&
      !scheduledDate.isAfter(currentDate.add(7, "day"))
    ) {
      try {
        const scheduledSMS = await twilio.scheduleSMS(
          reminderPhone,
          smsMessage,
          scheduledDate.toDate(),
          sender,
          userId,
          teamId
        );

        await prisma.workflowReminder.create({
          data: {
            bookingUid: uid,
            workflowStepId,
            method: WorkflowMethods.SMS,
            scheduledDate: scheduledDate.toDate(),
            scheduled: true,
            referenceId: scheduledSMS.sid,
          },
        });
      } catch (error) {
        log.error(`Error scheduling SMS with error ${error}`);
      }
    } else if (scheduledDate.isAfter(currentDate.add(7, "day"))) {
      // Write to DB and send to CRON if scheduled reminder date is past 7 days
      await prisma.workflowReminder.create({
        data: {
          bookingUid: uid,
          workflowStepId,
          method: WorkflowMethods.SMS,
          scheduledDate: scheduledDate.toDate(),
          scheduled: false,
        },
      });
    }
  }
};

export const deleteScheduledSMSReminder = async (reminderId: number, referenceId: string | null) => {
  try {
    if (referenceId) {
      await twilio.cancelSMS(referenceId);
    }
    await prisma.workflowReminder.delete({ where: { id: reminderId } });
  } catch (error) {
    log.error(`Error canceling reminder with error ${error}`);
  }
};

export type { MethodType };
