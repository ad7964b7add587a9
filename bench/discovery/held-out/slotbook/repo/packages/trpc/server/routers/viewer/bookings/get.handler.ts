import type { Prisma } from "@prisma/client";

import { prisma } from "@slotbook/prisma";

type GetOptions = {
  ctx: { user: { id: number; email: string } };
  input: {
    filters: { status: "upcoming" | "recurring" | "past" | "cancelled" | "unconfirmed" };
    limit?: number | null;
    cursor?: number | null;
  };
};

export const getBookingsHandler = async ({ ctx, input }: GetOptions) => {
  const { user } = ctx;
  const take = input.limit ?? 10;
  const skip = input.cursor ?? 0;
  const bookingListingByStatus = input.filters.status;

  const bookingWhereInputFilters: Record<string, Prisma.BookingWhereInput> = {
    upcoming: { endTime: { gte: new Date() }, status: { notIn: ["CANCELLED", "REJECTED"] } },
    recurring: { endTime: { gte: new Date() }, status: { notIn: ["CANCELLED", "REJECTED"] } },
    past: { endTime: { lte: new Date() }, AND: [{ NOT: { status: "CANCELLED" } }, { NOT: { status: "REJECTED" } }] },
    cancelled: { OR: [{ status: "CANCELLED" }, { status: "REJECTED" }] },
    unconfirmed: { endTime: { gte: new Date() }, status: { equals: "PENDING" } },
  };

  const bookings = await prisma.booking.findMany({
    where: {
      OR: [{ userId: user.id }, { attendees: { some: { email: user.email } } }],
      AND: [bookingWhereInputFilters[bookingListingByStatus]],
    },
    select: {
      id: true,
      uid: true,
      title: true,
      startTime: true,
      endTime: true,
      status: true,
      paid: true,
      attendees: true,
      eventType: { select: { slug: true, title: true, price: true, currency: true } },
      references: true,
    },
    orderBy: { startTime: bookingListingByStatus === "past" ? "desc" : "asc" },
    take: take + 1,
    skip,
  });

  let nextCursor: typeof skip | null = skip;
  if (bookings.length > take) {
    bookings.shift();
    nextCursor += bookings.length;
  } else {
    nextCursor = null;
  }

  return { bookings, nextCursor };
};
