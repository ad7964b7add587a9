import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * Admin "Reindex" button. The server does not talk to Meilisearch itself here – it only
 * emits an event; the worker's product-sync subscriber does the actual indexing.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const eventBus = req.scope.resolve(Modules.EVENT_BUS)
  await eventBus.emit({ name: "stallmart.search.reindex_requested", data: { requested_by: req.auth_context?.actor_id } })
  res.status(202).json({ accepted: true })
}
