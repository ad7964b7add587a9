import fetch from "node-fetch"
import { getCouchInfo } from "./couch"

const SQLITE_DESIGN_DOC_ID = "_design/sqlite"

// SQS is the SQL-over-CouchDB search sidecar shipped in the appforge/couchdb image (port 4984)
export async function sqlSearch<T>(
  dbName: string,
  sql: string,
  bindings: any[] = []
): Promise<T[]> {
  const { sqlUrl, cookie } = getCouchInfo()
  const response = await fetch(`${sqlUrl}/${encodeURIComponent(dbName)}/${SQLITE_DESIGN_DOC_ID}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: cookie,
    },
    body: JSON.stringify({ query: sql, args: bindings }),
  })
  if (response.status > 300) {
    const text = await response.text()
    throw new Error(`SQS search failed (${response.status}): ${text}`)
  }
  return (await response.json()) as T[]
}
