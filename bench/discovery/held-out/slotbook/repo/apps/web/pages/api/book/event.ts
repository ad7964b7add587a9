import type { NextApiRequest } from "next";

import handleNewBooking from "@slotbook/features/bookings/lib/handleNewBooking";
import { checkRateLimitAndThrowError } from "@slotbook/lib/checkRateLimitAndThrowError";
import getIP from "@slotbook/lib/getIP";
import { defaultResponder } from "@slotbook/lib/server";
import { getServerSession } from "@slotbook/features/auth/lib/getServerSession";

async function handler(req: NextApiRequest & { userId?: number }) {
  const userIp = getIP(req);

  await checkRateLimitAndThrowError({
    rateLimitingType: "core",
    identifier: userIp,
  });

  const session = await getServerSession({ req });
  /* To mimic API behavior and comply with types */
  req.userId = session?.user?.id || -1;

  const booking = await handleNewBooking(req);
  return booking;
}

export default defaultResponder(handler);
