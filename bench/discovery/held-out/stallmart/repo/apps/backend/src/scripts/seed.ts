import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"

export default async function seedStallmart({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)

  logger.info("Seeding sales channel…")
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "StallMart Web" }] },
  })

  const [store] = await storeModule.listStores()
  await storeModule.updateStores(store.id, {
    name: "StallMart",
    supported_currencies: [{ currency_code: "eur", is_default: true }],
    default_sales_channel_id: channel.id,
  })

  logger.info("Seeding regions…")
  await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: ["de", "fr", "nl", "at"], payment_providers: ["pp_stripe_stripe"] },
      ],
    },
  })

  await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Berlin Warehouse", address: { city: "Berlin", country_code: "DE", address_1: "" } }] },
  })

  logger.info("Creating publishable API key…")
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [channel.id] },
  })

  logger.info(`Done. Publishable key: ${key.token}`)
}
