import { Context } from "koa"
import { sendEmail as sendEmailFn } from "../../../utilities/email"

export async function sendEmail(ctx: Context) {
  const { email, purpose, subject, contents, from, cc, bcc } = ctx.request.body as any
  const response = await sendEmailFn(email, purpose, { subject, contents, from, cc, bcc })
  ctx.body = { ...response, message: `Email sent to ${email}.` }
}
