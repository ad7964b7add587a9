import { sequelize } from "@server/storage/database";
import Redis from "@server/storage/redis";

// Tests run against a local database, see .env.test / CI service containers:
// DATABASE_URL_TEST=postgres://user:pass@127.0.0.1:5432/notewell-test
// REDIS_URL=redis://127.0.0.1:6379
jest.mock("@server/storage/files", () => ({
  store: jest.fn().mockResolvedValue("http://s3:4569/test/file.zip"),
  getPresignedPost: jest.fn().mockResolvedValue({ fields: {} }),
  getUploadUrl: jest.fn().mockReturnValue("http://s3:4569/test"),
  getSignedUrl: jest.fn().mockResolvedValue("http://s3:4569/test/signed"),
  deleteFile: jest.fn(),
}));

jest.mock("@server/emails/mailer", () => ({
  sendMail: jest.fn(),
}));

export function getTestServer() {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const app = require("@server/services/web").default();
  const server = require("supertest")(app.callback());
  afterAll(async () => {
    server.close?.();
    await sequelize.close();
    Redis.defaultClient.disconnect();
  });
  return server;
}
