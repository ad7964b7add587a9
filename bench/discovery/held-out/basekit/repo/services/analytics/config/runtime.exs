import Config

# Logtide (analytics) runtime configuration used by the BaseKit self-hosted image.
# Backends: postgres (default for self-hosting) or BigQuery.

config :logtide,
  node_host: System.get_env("LOGTIDE_NODE_HOST", "127.0.0.1"),
  single_tenant: System.get_env("LOGTIDE_SINGLE_TENANT", "false") == "true",
  basekit_mode: System.get_env("LOGTIDE_BASEKIT_MODE", "false") == "true",
  public_access_token: System.get_env("LOGTIDE_PUBLIC_ACCESS_TOKEN"),
  private_access_token: System.get_env("LOGTIDE_PRIVATE_ACCESS_TOKEN"),
  feature_flag_override:
    System.get_env("LOGTIDE_FEATURE_FLAG_OVERRIDE", "")
    |> String.split(",", trim: true)
    |> Map.new(fn kv -> kv |> String.split("=") |> List.to_tuple() end)

# Metadata (sources, users, endpoints) lives in the _basekit database
config :logtide, Logtide.Repo,
  username: System.get_env("DB_USERNAME"),
  password: System.get_env("DB_PASSWORD"),
  hostname: System.get_env("DB_HOSTNAME"),
  database: System.get_env("DB_DATABASE"),
  port: String.to_integer(System.get_env("DB_PORT", "5432")),
  pool_size: String.to_integer(System.get_env("DB_POOL_SIZE", "10")),
  after_connect: {Postgrex, :query!, ["set search_path=#{System.get_env("DB_SCHEMA", "_analytics")}", []]}

# Ingested log events are written to the postgres backend when POSTGRES_BACKEND_URL is set
if url = System.get_env("POSTGRES_BACKEND_URL") do
  config :logtide, :postgres_backend_adapter,
    url: url,
    schema: System.get_env("POSTGRES_BACKEND_SCHEMA", "_analytics")
end

# BigQuery backend, only if GOOGLE_PROJECT_ID is provided and gcloud.json is mounted
if project = System.get_env("GOOGLE_PROJECT_ID") do
  config :logtide, Logtide.Google,
    project_id: project,
    project_number: System.get_env("GOOGLE_PROJECT_NUMBER"),
    service_account: "gcloud.json"
end

config :logtide, LogtideWeb.Endpoint,
  http: [port: String.to_integer(System.get_env("PHX_HTTP_PORT", "4000"))],
  server: true,
  secret_key_base: System.get_env("SECRET_KEY_BASE", String.duplicate("a", 64))
