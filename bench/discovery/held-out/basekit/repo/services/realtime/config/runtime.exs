import Config

# Logger backend for the hosted platform; self-hosted logs go to stdout and are shipped by vector.
config :logtide_logger_backend,
  url: System.get_env("LOGTIDE_LOGGER_BACKEND_URL", "https://api.logtide.app")

app_name = System.get_env("APP_NAME", "")
default_db_host = System.get_env("DB_HOST", "127.0.0.1")
username = System.get_env("DB_USER", "postgres")
password = System.get_env("DB_PASSWORD", "postgres")
database = System.get_env("DB_NAME", "postgres")
port = System.get_env("DB_PORT", "5432")
db_version = System.get_env("DB_IP_VERSION")
slot_name_suffix = System.get_env("SLOT_NAME_SUFFIX")
after_connect_query = System.get_env("DB_AFTER_CONNECT_QUERY")

socket_options =
  cond do
    db_version == "ipv6" -> [:inet6]
    db_version == "ipv4" -> [:inet]
    true -> Realtime.Database.detect_ip_version(default_db_host)
  end

config :realtime,
  app_name: app_name,
  api_jwt_secret: System.get_env("API_JWT_SECRET"),
  api_blocklist: System.get_env("API_TOKEN_BLOCKLIST", "") |> String.split(","),
  metrics_jwt_secret: System.get_env("METRICS_JWT_SECRET"),
  db_enc_key: System.get_env("DB_ENC_KEY"),
  region: System.get_env("REGION"),
  slot_name_suffix: slot_name_suffix,
  run_janitor: System.get_env("RUN_JANITOR", "false") == "true"

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise """
      environment variable SECRET_KEY_BASE is missing.
      You can generate one by calling: mix phx.gen.secret
      """

  config :realtime, RealtimeWeb.Endpoint,
    server: true,
    http: [port: String.to_integer(System.get_env("PORT", "4000")), transport_options: [max_connections: 16_384]],
    check_origin: false,
    secret_key_base: secret_key_base
end

if config_env() != :test do
  # Tenant metadata lives in the _realtime schema of the same Postgres the tenant data lives in
  config :realtime, Realtime.Repo,
    hostname: default_db_host,
    username: username,
    password: password,
    database: database,
    port: port,
    pool_size: String.to_integer(System.get_env("DB_POOL_SIZE", "5")),
    queue_target: String.to_integer(System.get_env("DB_QUEUE_TARGET", "5000")),
    queue_interval: String.to_integer(System.get_env("DB_QUEUE_INTERVAL", "5000")),
    parameters: [application_name: "basekit_mt_realtime"],
    after_connect_query: after_connect_query,
    socket_options: socket_options
end

case System.get_env("CLUSTER_STRATEGIES", "") do
  "" ->
    :ok

  strategies ->
    config :libcluster,
      topologies: [
        fly6pn: [
          strategy: Cluster.Strategy.DNSPoll,
          config: [polling_interval: 5_000, query: System.get_env("DNS_NODES"), node_basename: app_name]
        ]
      ],
      strategies: strategies
end
