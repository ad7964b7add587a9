defmodule Realtime.Repo do
  use Ecto.Repo,
    otp_app: :realtime,
    adapter: Ecto.Adapters.Postgres

  def init(_, opts) do
    {:ok, Keyword.put(opts, :after_connect, {__MODULE__, :after_connect, [opts[:after_connect_query]]})}
  end

  def after_connect(conn, nil), do: {:ok, conn}
  def after_connect(conn, query), do: Postgrex.query(conn, query, [])
end
