import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"

export default async function customerCreatedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const customers = container.resolve(Modules.CUSTOMER)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const customer = await customers.retrieveCustomer(data.id)

  await notifications.createNotifications({
    to: customer.email,
    channel: "email",
    template: process.env.SENDGRID_WELCOME_TEMPLATE || "d-welcome",
    data: { first_name: customer.first_name },
  })

  // admin activity feed (notification-local, logged only)
  await notifications.createNotifications({
    to: "",
    channel: "feed",
    template: "admin-ui",
    data: { title: "New customer", description: customer.email },
  })
}

export const config: SubscriberConfig = {
  event: "customer.created",
}
