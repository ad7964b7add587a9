import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.json({ name: "stallmart", api: "store", version: process.env.npm_package_version ?? "dev" })
}
