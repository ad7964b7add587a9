jest.mock("node-fetch")

import { run as sendEmail } from "../../../automations/steps/sendEmail"
import { RestIntegration } from "../../../integrations/rest"

describe("automation steps", () => {
  it("sends email via the worker", async () => {
    const res = await sendEmail({ to: "someone@example.com", subject: "hi", contents: "hello" })
    expect(res.success).toBe(true)
    expect(res.response.to).toBe("someone@example.com")
  })

  it("queries a REST datasource", async () => {
    const rest = new RestIntegration({ url: "https://api.example-datasource.test", defaultHeaders: {} })
    const result = await rest.read({ path: "items" })
    expect(result.items).toHaveLength(1)
  })
})
