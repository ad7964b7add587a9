import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MEILISEARCH_MODULE } from "../../src/modules/meilisearch"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: { MEILISEARCH_HOST: "http://meili.invalid:7700" },
  testSuite: ({ api, getContainer }) => {
    describe("GET /store/search", () => {
      it("returns hits from the search module", async () => {
        const search = getContainer().resolve(MEILISEARCH_MODULE)
        search.__setClient({
          upsert: async () => {},
          remove: async () => {},
          configure: async () => {},
          query: async () => ({ hits: [{ id: "prod_1", title: "Tote", handle: "tote", thumbnail: null }], total: 1 }),
        })
        const res = await api.get("/store/search?q=tote", {
          headers: { "x-publishable-api-key": "pk_test" },
        })
        expect(res.data.count).toBe(1)
      })
    })
  },
})
