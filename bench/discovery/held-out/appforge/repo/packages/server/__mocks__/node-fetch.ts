// Mocked fetch for unit tests - never hits the worker or any external API
const fetch = jest.requireActual("node-fetch")
fetch.Headers = jest.requireActual("node-fetch").Headers

module.exports = async (url: string, opts: any) => {
  function json(body: any, status = 200) {
    return {
      status,
      headers: { get: () => "application/json", raw: () => ({ "content-type": ["application/json"] }) },
      json: async () => body,
      text: async () => JSON.stringify(body),
    }
  }

  if (url.includes("/api/global/configs/settings")) {
    return json({ type: "settings", config: { platformUrl: "http://localhost:10000" } })
  }
  if (url.includes("/api/global/email/send")) {
    return json({ message: "Email sent", to: JSON.parse(opts.body).email })
  }
  if (url.includes("/api/global/users")) {
    return json([{ _id: "us_test", email: "test@test.com" }])
  }
  if (url.includes("https://api.example-datasource.test")) {
    return json({ items: [{ id: 1 }] })
  }
  return json({}, 404)
}
