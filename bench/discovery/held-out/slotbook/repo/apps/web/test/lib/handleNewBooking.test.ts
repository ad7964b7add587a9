import { describe, expect, it, vi, beforeEach } from "vitest";

import prismaMock from "../../../../tests/libs/__mocks__/prisma";

vi.mock("@slotbook/core/CalendarManager", () => ({
  getBusyCalendarTimes: vi.fn().mockResolvedValue([]),
  createEvent: vi.fn().mockResolvedValue({ success: true, createdEvent: { id: "gcal-event-id" } }),
}));
vi.mock("@slotbook/core/videoClient", () => ({
  createMeeting: vi.fn().mockResolvedValue({
    success: true,
    createdEvent: { id: "daily-room", password: "token", url: "https://slotbook.daily.co/daily-room" },
  }),
}));
vi.mock("@slotbook/emails", () => ({ sendScheduledEmails: vi.fn() }));
vi.mock("@slotbook/features/webhooks/lib/getWebhooks", () => ({
  default: vi.fn().mockResolvedValue([
    { id: "wh-1", subscriberUrl: "http://my-webhook.example.com", secret: null, payloadTemplate: null, appId: null },
  ]),
}));
const sendPayloadMock = vi.fn().mockResolvedValue({ ok: true, status: 200 });
vi.mock("@slotbook/features/webhooks/lib/sendPayload", () => ({ default: sendPayloadMock }));

describe("handleNewBooking", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    prismaMock.eventType.findUniqueOrThrow.mockResolvedValue({
      id: 1,
      slug: "30min",
      title: "30 min",
      description: null,
      locations: [{ type: "integrations:daily" }],
      workflows: [],
      owner: {
        id: 101,
        name: "Organizer",
        email: "organizer@example.com",
        timeZone: "Europe/London",
        credentials: [
          { id: 1, type: "google_calendar", key: {}, appId: "google-calendar" },
          { id: 2, type: "daily_video", key: {}, appId: "daily-video" },
        ],
      },
    } as never);
    prismaMock.booking.create.mockResolvedValue({ id: 55, uid: "abc" } as never);
  });

  it("creates a booking, a calendar event, a video room and fires the webhook", async () => {
    const { default: handleNewBooking } = await import("@slotbook/features/bookings/lib/handleNewBooking");
    const result = await handleNewBooking({
      body: {
        eventTypeId: 1,
        start: "2024-05-20T10:00:00.000Z",
        end: "2024-05-20T10:30:00.000Z",
        timeZone: "Europe/London",
        language: "en",
        responses: { name: "Booker", email: "booker@example.com" },
      },
    } as never);

    expect(result.references).toHaveLength(2);
    expect(sendPayloadMock).toHaveBeenCalledWith(
      null,
      "BOOKING_CREATED",
      expect.any(String),
      expect.objectContaining({ subscriberUrl: "http://my-webhook.example.com" }),
      expect.objectContaining({ bookingId: 55 })
    );
  });
});
