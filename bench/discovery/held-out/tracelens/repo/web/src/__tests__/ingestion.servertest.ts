/** @jest-environment node */
// Runs against a locally started web server (see .github/workflows/ci.yml).
const BASE = process.env.TRACELENS_TEST_BASE_URL ?? "http://localhost:3000";
const AUTH = "Basic " + Buffer.from("pk-lf-1234567890:sk-lf-1234567890").toString("base64");

describe("/api/public/ingestion", () => {
  it("accepts a trace-create event", async () => {
    const res = await fetch(`${BASE}/api/public/ingestion`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: AUTH },
      body: JSON.stringify({
        batch: [{ id: "evt-1", type: "trace-create", timestamp: new Date().toISOString(), body: { id: "trace-1", name: "t" } }],
      }),
    });
    expect(res.status).toBe(207);
  });

  it("rejects missing auth", async () => {
    const res = await fetch(`${BASE}/api/public/ingestion`, { method: "POST", body: "{}" });
    expect(res.status).toBe(401);
  });
});
