import { Context } from "koa"
import { db as dbCore } from "@appforge/backend-core"
import { RestIntegration } from "../../integrations/rest"
import { PostgresIntegration } from "../../integrations/postgres"

const INTEGRATIONS: Record<string, any> = {
  REST: RestIntegration,
  POSTGRES: PostgresIntegration,
}

function getIntegration(source: string) {
  const integration = INTEGRATIONS[source]
  if (!integration) {
    throw new Error(`No datasource implementation found for ${source}`)
  }
  return integration
}

/**
 * Runs a query against a user-defined datasource. The connection details come from the
 * datasource document the app builder saved - there is no fixed target.
 */
export async function query(ctx: Context) {
  const appId = ctx.get("x-appforge-app-id")
  const db = dbCore.getDB(appId)
  const datasource = await db.get<any>(ctx.params.datasourceId)
  const Integration = getIntegration(datasource.source)
  const integration = new Integration(datasource.config)
  ctx.body = await integration.read((ctx.request.body as any).query)
}
