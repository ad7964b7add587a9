jest.mock("nodemailer")

import nodemailer from "nodemailer"
import { setEnv } from "@appforge/backend-core"
import { sendEmail } from "../../../../utilities/email"
import env from "../../../../environment"

describe("email", () => {
  beforeAll(() => {
    Object.assign(env, {
      SMTP_FALLBACK_ENABLED: true,
      SMTP_HOST: "smtp.ethereal.email",
      SMTP_PORT: 587,
      SMTP_FROM_ADDRESS: "test@appforge.test",
    })
    setEnv({ COUCH_DB_URL: process.env.COUCH_DB_URL })
  })

  it("uses the fallback SMTP config when none is stored", async () => {
    const res = await sendEmail("user@example.com", "invitation", { subject: "Hi" })
    expect(res.accepted).toEqual(["user@example.com"])
    expect(nodemailer.createTransport).toHaveBeenCalledWith(
      expect.objectContaining({ host: "smtp.ethereal.email", port: 587 })
    )
  })
})
