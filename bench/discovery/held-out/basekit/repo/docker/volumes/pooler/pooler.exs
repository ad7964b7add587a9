{:ok, _} = Application.ensure_all_started(:basevisor)

{:ok, version} =
  case Basevisor.Repo.query!("select version()") do
    %{rows: [[ver]]} -> Basevisor.Helpers.parse_pg_version(ver)
    _ -> nil
  end

params = %{
  "external_id" => System.get_env("POOLER_TENANT_ID"),
  "db_host" => "db",
  "db_port" => System.get_env("POSTGRES_PORT"),
  "db_database" => System.get_env("POSTGRES_DB"),
  "require_user" => false,
  "auth_query" => "SELECT * FROM pgbouncer.get_auth($1)",
  "default_max_clients" => System.get_env("POOLER_MAX_CLIENT_CONN"),
  "default_pool_size" => System.get_env("POOLER_DEFAULT_POOL_SIZE"),
  "default_parameter_status" => %{"server_version" => version},
  "users" => [%{
    "db_user" => "pgbouncer",
    "db_password" => System.get_env("POSTGRES_PASSWORD"),
    "mode_type" => System.get_env("POOLER_POOL_MODE"),
    "pool_size" => System.get_env("POOLER_DEFAULT_POOL_SIZE"),
    "is_manager" => true
  }]
}

# Prometheus metrics are exposed on :4000/metrics (guarded by METRICS_JWT_SECRET) for scraping.
if !Basevisor.Tenants.get_tenant_by_external_id(params["external_id"]) do
  {:ok, _} = Basevisor.Tenants.create_tenant(params)
end
