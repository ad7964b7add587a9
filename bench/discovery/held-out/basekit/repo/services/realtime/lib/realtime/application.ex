defmodule Realtime.Application do
  # See https://hexdocs.pm/elixir/Application.html
  @moduledoc false
  use Application
  require Logger

  def start(_type, _args) do
    topologies = Application.get_env(:libcluster, :topologies) || []

    :ok = :syn.add_node_to_scopes([:users, RegExtensions.Scopes, PostgresCdcStream])

    Realtime.PromEx.set_metrics_tags()

    children = [
      {Cluster.Supervisor, [topologies, [name: Realtime.ClusterSupervisor]]},
      Realtime.Repo,
      RealtimeWeb.Telemetry,
      Realtime.PromEx,
      {Phoenix.PubSub, name: Realtime.PubSub, pool_size: 10},
      {Cachex, name: Realtime.Tenants.Cache},
      {DynamicSupervisor, name: Realtime.Tenants.ReplicationSupervisor, strategy: :one_for_one},
      RealtimeWeb.Endpoint,
      RealtimeWeb.Presence
    ]

    children =
      if Application.get_env(:realtime, :run_janitor),
        do: children ++ [Realtime.Tenants.Janitor],
        else: children

    opts = [strategy: :one_for_one, name: Realtime.Supervisor]

    with {:ok, pid} <- Supervisor.start_link(children, opts) do
      maybe_seed_self_host()
      {:ok, pid}
    end
  end

  defp maybe_seed_self_host do
    if System.get_env("SEED_SELF_HOST") == "true" do
      Logger.info("Seeding selfhosted Realtime tenant")
      Realtime.Release.seeds(Realtime.Repo)
    end
  end
end
