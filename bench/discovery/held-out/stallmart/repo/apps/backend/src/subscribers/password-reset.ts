import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { storefrontUrl } from "../lib/env"

type ResetPayload = { entity_id: string; token: string; actor_type: string }

export default async function passwordResetHandler({ event: { data }, container }: SubscriberArgs<ResetPayload>) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const url =
    data.actor_type === "customer"
      ? storefrontUrl(`/reset-password?token=${data.token}&email=${encodeURIComponent(data.entity_id)}`)
      : `${process.env.MEDUSA_BACKEND_URL ?? ""}/app/reset-password?token=${data.token}`

  await notifications.createNotifications({
    to: data.entity_id,
    channel: "email",
    template: process.env.SENDGRID_RESET_TEMPLATE || "d-password-reset",
    data: { url },
  })
}

export const config: SubscriberConfig = {
  event: "auth.password_reset",
}
