defmodule RealtimeWeb.TenantHealthTest do
  use RealtimeWeb.ConnCase, async: false

  # Uses the local Postgres started by `docker compose -f docker-compose.dbs.yml up`
  @db_url "postgres://postgres:postgres@localhost:5433/postgres"

  setup %{conn: conn} do
    tenant = tenant_fixture(%{"external_id" => "dev_tenant", "db_url" => @db_url})
    jwt = generate_jwt_token(Application.fetch_env!(:realtime, :api_jwt_secret))
    {:ok, conn: put_req_header(conn, "authorization", "Bearer " <> jwt), tenant: tenant}
  end

  test "reports healthy for a connected tenant", %{conn: conn, tenant: tenant} do
    conn = get(conn, ~p"/api/tenants/#{tenant.external_id}/health")
    assert %{"data" => %{"healthy" => true}} = json_response(conn, 200)
  end
end
