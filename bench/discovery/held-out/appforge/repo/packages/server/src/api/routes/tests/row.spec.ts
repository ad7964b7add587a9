jest.mock("node-fetch")
jest.mock("aws-sdk")

import request from "supertest"
import { app } from "../../../app"
import { db as dbCore } from "@appforge/backend-core"

const APP_ID = "app_test123"

describe("/rows", () => {
  const server = app.callback()

  beforeAll(async () => {
    await dbCore.getDB(APP_ID).checkSetup()
  })

  afterAll(async () => {
    await dbCore.getDB(APP_ID).destroy()
  })

  it("creates a row and returns it", async () => {
    const res = await request(server)
      .post("/api/ta_users/rows")
      .set("x-appforge-app-id", APP_ID)
      .send({ name: "Ada" })
      .expect(200)
    expect(res.body._id).toMatch(/^ro_ta_users_/)
    expect(res.body.name).toBe("Ada")
  })

  it("lists rows for a table", async () => {
    const res = await request(server)
      .get("/api/ta_users/rows")
      .set("x-appforge-app-id", APP_ID)
      .expect(200)
    expect(res.body.length).toBeGreaterThan(0)
  })
})
