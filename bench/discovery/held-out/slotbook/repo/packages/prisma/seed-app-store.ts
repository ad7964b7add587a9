/**
 * Copies app credentials from .env.appStore into the App table so the
 * app-store packages can read them via getAppKeysFromSlug().
 */
import dotEnv from "dotenv";
import path from "path";

import prisma from ".";

dotEnv.config({ path: path.resolve(__dirname, "../../.env.appStore") });

async function createApp(slug: string, dirName: string, categories: string[], keys?: Record<string, unknown>) {
  await prisma.app.upsert({
    where: { slug },
    create: { slug, dirName, categories, keys, enabled: true },
    update: { dirName, categories, keys },
  });
  console.log(`📲 Upserted app: '${slug}'`);
}

export default async function main() {
  if (process.env.GOOGLE_API_CREDENTIALS) {
    await createApp("google-calendar", "googlecalendar", ["calendar"], JSON.parse(process.env.GOOGLE_API_CREDENTIALS));
  }
  if (process.env.MS_GRAPH_CLIENT_ID && process.env.MS_GRAPH_CLIENT_SECRET) {
    await createApp("office365-calendar", "office365calendar", ["calendar"], {
      client_id: process.env.MS_GRAPH_CLIENT_ID,
      client_secret: process.env.MS_GRAPH_CLIENT_SECRET,
    });
  }
  if (process.env.DAILY_API_KEY) {
    await createApp("daily-video", "dailyvideo", ["conferencing"], {
      api_key: process.env.DAILY_API_KEY,
      scale_plan: process.env.DAILY_SCALE_PLAN,
    });
  }
  if (process.env.ZOOM_CLIENT_ID && process.env.ZOOM_CLIENT_SECRET) {
    await createApp("zoom", "zoomvideo", ["conferencing"], {
      client_id: process.env.ZOOM_CLIENT_ID,
      client_secret: process.env.ZOOM_CLIENT_SECRET,
    });
  }
  if (process.env.STRIPE_CLIENT_ID && process.env.STRIPE_PRIVATE_KEY) {
    await createApp("stripe", "stripepayment", ["payment"], {
      client_id: process.env.STRIPE_CLIENT_ID,
      client_secret: process.env.STRIPE_PRIVATE_KEY,
      public_key: process.env.NEXT_PUBLIC_STRIPE_PUBLIC_KEY,
      webhook_secret: process.env.STRIPE_WEBHOOK_SECRET,
    });
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  })
  .finally(async () => {
    await prisma.$disconnect();
  });
