import { Context } from "koa"
import bcrypt from "bcryptjs"
import { v4 as uuid } from "uuid"
import { db as dbCore, redis } from "@appforge/backend-core"
import { sendEmail } from "../../../utilities/email"
import env from "../../../environment"

const INVITE_EXPIRY_SECONDS = 60 * 60 * 24 * 7

export async function fetch(ctx: Context) {
  const db = dbCore.getGlobalDB()
  const users = await db.allDocs<any>({ startkey: "us_", endkey: "us_\ufff0", include_docs: true })
  ctx.body = users.rows.map(r => ({ ...r.doc, password: undefined }))
}

export async function find(ctx: Context) {
  const client = await redis.getUserClient()
  let user = await client.get(ctx.params.id)
  if (!user) {
    user = await dbCore.getGlobalDB().get<any>(ctx.params.id)
    delete user.password
    await client.store(ctx.params.id, user, 300)
  }
  ctx.body = user
}

export async function save(ctx: Context) {
  const body = ctx.request.body as any
  const db = dbCore.getGlobalDB()
  const user = {
    ...body,
    _id: body._id || `us_${uuid().replace(/-/g, "")}`,
    password: body.password ? await bcrypt.hash(body.password, 10) : undefined,
  }
  const response = await db.put(user)
  const client = await redis.getUserClient()
  await client.delete(user._id)
  ctx.body = { _id: response.id, _rev: response.rev, email: user.email }
}

export async function invite(ctx: Context) {
  const { email, userInfo } = ctx.request.body as any
  const code = uuid()
  const client = await redis.getInviteClient()
  await client.store(code, { email, info: userInfo }, INVITE_EXPIRY_SECONDS)
  await sendEmail(email, "invitation", {
    subject: "You've been invited to AppForge",
    contents: `<a href="{{ url }}">Accept your invitation</a>`,
    context: { url: `${env.PLATFORM_URL}/builder/invite?code=${code}` },
  })
  ctx.body = { message: "Invitation has been sent." }
}

export async function removeAppRole(ctx: Context) {
  const appId = ctx.params.appId
  const db = dbCore.getGlobalDB()
  const users = await db.allDocs<any>({ startkey: "us_", endkey: "us_\ufff0", include_docs: true })
  const updated = users.rows
    .map(r => r.doc)
    .filter(u => u?.roles && u.roles[appId])
    .map(u => {
      delete u.roles[appId]
      return u
    })
  if (updated.length) {
    await db.bulkDocs(updated)
  }
  ctx.body = { message: "App role removed from all users" }
}
