import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

function toCsv(rows: Record<string, unknown>[]): string {
  if (!rows.length) return ""
  const headers = Object.keys(rows[0])
  const escape = (v: unknown) => `"${String(v ?? "").replace(/"/g, '""')}"`
  return [headers.join(","), ...rows.map((r) => headers.map((h) => escape(r[h])).join(","))].join("\n")
}

/** Weekly catalogue export for the merchandising team, stored via the file module (S3). */
export default async function exportProductsJob(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const files = container.resolve(Modules.FILE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "variants.sku"],
  })

  const rows = products.map((p: any) => ({
    id: p.id,
    title: p.title,
    handle: p.handle,
    status: p.status,
    skus: (p.variants ?? []).map((v: any) => v.sku).join("|"),
  }))

  const [file] = await files.createFiles([
    {
      filename: `exports/products-${new Date().toISOString().slice(0, 10)}.csv`,
      mimeType: "text/csv",
      content: Buffer.from(toCsv(rows)).toString("binary"),
    },
  ])
  logger.info(`product export written to ${file.url}`)
}

export const config = {
  name: "weekly-product-export",
  schedule: "0 4 * * 1",
}
