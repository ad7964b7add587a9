/**
 * Local development seeder. Run with `pnpm db:seed` against the docker-compose.dev.yml stack.
 * Inserts a demo org/project into Postgres and random traces into ClickHouse.
 */
import { PrismaClient } from "@prisma/client";
import { createClient } from "@clickhouse/client";
import { randomUUID } from "crypto";

const prisma = new PrismaClient();
const clickhouse = createClient({
  url: process.env.CLICKHOUSE_URL ?? "http://localhost:8123",
  username: process.env.CLICKHOUSE_USER ?? "clickhouse",
  password: process.env.CLICKHOUSE_PASSWORD ?? "clickhouse",
});

async function main() {
  if (process.env.NODE_ENV === "production") throw new Error("refusing to seed production");
  const org = await prisma.organization.upsert({
    where: { id: "seed-org-id" },
    update: {},
    create: { id: "seed-org-id", name: "Seed Org" },
  });
  const project = await prisma.project.upsert({
    where: { id: "7a88fb47-b4e2-43b8-a06c-a5ce950dc53a" },
    update: {},
    create: { id: "7a88fb47-b4e2-43b8-a06c-a5ce950dc53a", name: "demo", orgId: org.id },
  });
  const traces = Array.from({ length: 500 }, (_, i) => ({
    id: randomUUID(),
    project_id: project.id,
    name: `trace-${i % 7}`,
    timestamp: new Date(Date.now() - i * 60_000).toISOString().replace("T", " ").replace("Z", ""),
    tags: ["seed"],
    event_ts: new Date().toISOString().replace("T", " ").replace("Z", ""),
    is_deleted: 0,
  }));
  await clickhouse.insert({ table: "traces", values: traces, format: "JSONEachRow" });
  console.log(`seeded ${traces.length} traces`);
}

main().finally(async () => {
  await prisma.$disconnect();
  await clickhouse.close();
});
