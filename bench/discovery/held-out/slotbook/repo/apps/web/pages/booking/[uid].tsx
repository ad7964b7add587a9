import type { GetServerSidePropsContext } from "next";
import Link from "next/link";

import dayjs from "@slotbook/dayjs";
import prisma from "@slotbook/prisma";
import { Button } from "@slotbook/ui/components/button/Button";

type Props = {
  booking: {
    uid: string;
    title: string;
    startTime: string;
    endTime: string;
    location: string | null;
    attendees: { name: string; email: string }[];
  };
};

export default function Success({ booking }: Props) {
  return (
    <main className="mx-auto max-w-xl py-24" data-testid="success-page">
      <h1 className="text-emphasis text-2xl font-semibold">This meeting is scheduled</h1>
      <p className="text-default mt-2">We sent an email with a calendar invitation with the details to everyone.</p>
      <dl className="mt-8 grid grid-cols-3 gap-4">
        <dt className="font-medium">What</dt>
        <dd className="col-span-2">{booking.title}</dd>
        <dt className="font-medium">When</dt>
        <dd className="col-span-2">
          {dayjs(booking.startTime).format("dddd, MMMM D, YYYY h:mma")} - {dayjs(booking.endTime).format("h:mma")}
        </dd>
        <dt className="font-medium">Who</dt>
        <dd className="col-span-2">
          {booking.attendees.map((a) => (
            <p key={a.email}>
              {a.name} <span className="text-subtle">{a.email}</span>
            </p>
          ))}
        </dd>
        {booking.location && (
          <>
            <dt className="font-medium">Where</dt>
            <dd className="col-span-2">{booking.location}</dd>
          </>
        )}
      </dl>
      <div className="mt-8 flex gap-2">
        <Link href={`/reschedule/${booking.uid}`}>
          <Button color="secondary">Reschedule</Button>
        </Link>
        <Link href={`/booking/${booking.uid}?cancel=true`}>
          <Button color="destructive">Cancel</Button>
        </Link>
      </div>
    </main>
  );
}

export async function getServerSideProps(context: GetServerSidePropsContext) {
  const uid = context.query.uid as string;
  const booking = await prisma.booking.findUnique({
    where: { uid },
    select: { uid: true, title: true, startTime: true, endTime: true, location: true, attendees: true },
  });
  if (!booking) return { notFound: true };
  return {
    props: {
      booking: {
        ...booking,
        startTime: booking.startTime.toISOString(),
        endTime: booking.endTime.toISOString(),
        attendees: booking.attendees.map(({ name, email }) => ({ name, email })),
      },
    },
  };
}
