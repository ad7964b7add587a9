import { Context } from "koa"
import { v4 as uuid } from "uuid"
import { db as dbCore } from "@appforge/backend-core"
import { automationTrigger } from "../../automations/triggers"

function appDB(ctx: Context) {
  const appId = ctx.get("x-appforge-app-id")
  return dbCore.getDB(appId)
}

export async function fetch(ctx: Context) {
  const db = appDB(ctx)
  const { tableId } = ctx.params
  const response = await db.allDocs({
    startkey: `ro_${tableId}_`,
    endkey: `ro_${tableId}_\ufff0`,
    include_docs: true,
  })
  ctx.body = response.rows.map(r => r.doc)
}

export async function search(ctx: Context) {
  const db = appDB(ctx)
  const { tableId } = ctx.params
  const { query = {}, limit = 100 } = ctx.request.body as any
  const clauses = Object.keys(query.equal || {}).map(key => `json_extract(data, '$.${key}') = ?`)
  const sql = `SELECT * FROM "${tableId}" ${clauses.length ? "WHERE " + clauses.join(" AND ") : ""} LIMIT ${parseInt(limit)}`
  ctx.body = { rows: await db.sql(sql, Object.values(query.equal || {})) }
}

export async function save(ctx: Context) {
  const db = appDB(ctx)
  const { tableId } = ctx.params
  const row = { ...(ctx.request.body as any), tableId }
  const isNew = !row._id
  if (isNew) {
    row._id = `ro_${tableId}_${uuid().replace(/-/g, "")}`
  }
  const response = await db.put(row)
  row._rev = response.rev
  await automationTrigger(isNew ? "ROW_SAVED" : "ROW_UPDATED", {
    appId: db.name,
    tableId,
    row,
  })
  ctx.body = row
}

export async function destroy(ctx: Context) {
  const db = appDB(ctx)
  const { _id, _rev } = ctx.request.body as any
  await db.remove(_id, _rev)
  await automationTrigger("ROW_DELETED", { appId: db.name, tableId: ctx.params.tableId, row: { _id } })
  ctx.body = { _id }
}
