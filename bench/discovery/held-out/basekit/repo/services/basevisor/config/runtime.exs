import Config

# Basevisor: Postgres connection pooler. The metadata database (tenants, users, pool config)
# is DATABASE_URL; tenant upstreams are registered at runtime (see docker/volumes/pooler/pooler.exs).

secret_key_base =
  System.get_env("SECRET_KEY_BASE") || raise "environment variable SECRET_KEY_BASE is missing"

config :basevisor, BasevisorWeb.Endpoint,
  server: true,
  http: [port: String.to_integer(System.get_env("PORT", "4000")), transport_options: [max_connections: 16384]],
  secret_key_base: secret_key_base

config :basevisor,
  region: System.get_env("REGION"),
  fly_alloc_id: System.get_env("FLY_ALLOC_ID", "na"),
  jwt_secret: System.get_env("API_JWT_SECRET"),
  metrics_jwt_secret: System.get_env("METRICS_JWT_SECRET"),
  proxy_port_session: String.to_integer(System.get_env("PROXY_PORT_SESSION", "5432")),
  proxy_port_transaction: String.to_integer(System.get_env("PROXY_PORT_TRANSACTION", "6543")),
  vault_enc_key: System.get_env("VAULT_ENC_KEY")

config :basevisor, Basevisor.Repo,
  url: System.get_env("DATABASE_URL", "ecto://postgres:postgres@localhost:6432/postgres"),
  pool_size: String.to_integer(System.get_env("DB_POOL_SIZE", "25")),
  parameters: [application_name: "basevisor_meta"]

config :basevisor, Basevisor.Vault,
  ciphers: [
    default: {Cloak.Ciphers.AES.GCM, tag: "AES.GCM.V1", key: System.get_env("VAULT_ENC_KEY", "")}
  ]

if System.get_env("CLUSTER_POSTGRES") == "true" do
  config :libcluster,
    topologies: [
      postgres: [
        strategy: LibclusterPostgres.Strategy,
        config: [
          url: System.get_env("DATABASE_URL"),
          heartbeat_interval: 5_000,
          channel_name: "basevisor_#{System.get_env("REGION", "local")}"
        ]
      ]
    ]
end
