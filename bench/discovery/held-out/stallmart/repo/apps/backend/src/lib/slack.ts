import { WebClient } from "@slack/web-api"

// TODO(ops): wire into order-placed / low-stock subscribers. Nothing imports this yet.
export const slack = new WebClient(process.env.SLACK_OPS_TOKEN)

export async function postOpsMessage(text: string) {
  await slack.chat.postMessage({
    channel: process.env.SLACK_OPS_CHANNEL || "#shop-ops",
    text,
  })
}
