import { buildDocument, buildUser } from "@server/test/factories";
import { getTestServer } from "@server/test/support";

const server = getTestServer();

describe("#documents.info", () => {
  it("should return published document", async () => {
    const user = await buildUser();
    const document = await buildDocument({ teamId: user.teamId, userId: user.id });
    const res = await server.post("/api/documents.info", {
      body: { token: user.getJwtToken(), id: document.id },
    });
    const body = await res.json();
    expect(res.status).toEqual(200);
    expect(body.data.id).toEqual(document.id);
  });

  it("should require authentication", async () => {
    const res = await server.post("/api/documents.info", { body: { id: "nope" } });
    expect(res.status).toEqual(401);
  });
});

describe("#documents.create", () => {
  it("should create as a new document", async () => {
    const user = await buildUser();
    const res = await server.post("/api/documents.create", {
      body: { token: user.getJwtToken(), title: "new document", text: "hello", publish: true },
    });
    expect(res.status).toEqual(200);
  });
});
