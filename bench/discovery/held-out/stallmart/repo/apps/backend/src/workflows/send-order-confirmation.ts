import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { storefrontUrl } from "../lib/env"

const loadOrderStep = createStep("load-order-for-email", async (id: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "currency_code", "total", "items.*", "shipping_address.*"],
    filters: { id },
  })
  return new StepResponse(order)
})

const notifyStep = createStep("send-order-confirmation-email", async (order: any, { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const created = await notifications.createNotifications({
    to: order.email,
    channel: "email",
    template: process.env.SENDGRID_ORDER_PLACED_TEMPLATE || "d-order-placed",
    data: {
      display_id: order.display_id,
      total: order.total,
      currency: order.currency_code,
      items: order.items,
      // link only – rendered into the e-mail, never fetched by the worker
      order_url: storefrontUrl(`/account/orders/details/${order.id}`),
    },
  })
  return new StepResponse(created)
})

export const sendOrderConfirmationWorkflow = createWorkflow(
  "stallmart-send-order-confirmation",
  (input: { id: string }) => {
    const order = loadOrderStep(input.id)
    const notification = notifyStep(order)
    return new WorkflowResponse(notification)
  }
)
