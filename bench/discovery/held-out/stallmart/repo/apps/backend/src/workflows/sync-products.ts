import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildProductDocumentsStep } from "./steps/build-product-documents"
import { indexProductsStep } from "./steps/index-products"

export const syncProductsWorkflow = createWorkflow(
  "stallmart-sync-products",
  (input: { ids?: string[] }) => {
    const docs = buildProductDocumentsStep(input)
    const result = indexProductsStep(docs)
    return new WorkflowResponse(result)
  }
)
