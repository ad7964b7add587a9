import { Context } from "koa"
import bcrypt from "bcryptjs"
import jwt from "jsonwebtoken"
import { v4 as uuid } from "uuid"
import { db as dbCore, sessions, redis, env as coreEnv } from "@appforge/backend-core"
import { sendEmail } from "../../../utilities/email"
import env from "../../../environment"

const COOKIE = "appforge:auth"

export async function login(ctx: Context) {
  const { username, password } = ctx.request.body as any
  const db = dbCore.getGlobalDB()
  const result = await db.query<any>("database", "by_email", { key: username.toLowerCase(), include_docs: true })
  const user = result.rows[0]?.doc
  if (!user || !(await bcrypt.compare(password, user.password))) {
    ctx.throw(403, "Invalid credentials")
  }
  const session = await sessions.createASession(user._id, ctx.params.tenantId)
  const token = jwt.sign({ userId: user._id, sessionId: session.sessionId, tenantId: session.tenantId }, coreEnv.JWT_SECRET!)
  ctx.cookies.set(COOKIE, token, { httpOnly: true, overwrite: true, domain: coreEnv.COOKIE_DOMAIN })
  ctx.body = { message: "Login successful", userId: user._id }
}

export async function logout(ctx: Context) {
  const token = ctx.cookies.get(COOKIE)
  if (token) {
    const decoded: any = jwt.verify(token, coreEnv.JWT_SECRET!)
    await sessions.invalidateSessions(decoded.userId)
  }
  ctx.cookies.set(COOKIE, null)
  ctx.body = { message: "User logged out." }
}

export async function reset(ctx: Context) {
  const { email } = ctx.request.body as any
  const code = uuid()
  const client = await redis.getPasswordResetClient()
  await client.store(code, { email }, 3600)
  await sendEmail(email, "password_recovery", {
    subject: "Reset your AppForge password",
    contents: `<a href="{{ url }}">Reset password</a>`,
    context: { url: `${env.PLATFORM_URL}/builder/auth/reset?code=${code}` },
  })
  ctx.body = { message: "Please check your email for a reset link." }
}

export async function resetUpdate(ctx: Context) {
  const { resetCode, password } = ctx.request.body as any
  const client = await redis.getPasswordResetClient()
  const info = await client.get(resetCode)
  if (!info) {
    ctx.throw(400, "Cannot reset password.")
  }
  const db = dbCore.getGlobalDB()
  const result = await db.query<any>("database", "by_email", { key: info.email, include_docs: true })
  const user = result.rows[0].doc
  user.password = await bcrypt.hash(password, 10)
  await db.put(user)
  await client.delete(resetCode)
  ctx.body = { message: "password reset successfully." }
}
