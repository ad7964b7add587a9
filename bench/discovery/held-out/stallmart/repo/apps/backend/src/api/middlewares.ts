import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "zod"

const SearchParams = z.object({
  q: z.string().max(200).optional(),
  limit: z.string().optional(),
  offset: z.string().optional(),
})

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/search",
      method: "GET",
      middlewares: [validateAndTransformQuery(SearchParams, {})],
    },
  ],
})
