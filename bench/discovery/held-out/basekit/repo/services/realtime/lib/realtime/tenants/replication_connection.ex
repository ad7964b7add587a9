defmodule Realtime.Tenants.ReplicationConnection do
  @moduledoc """
  Opens a logical replication connection to the tenant database and streams WAL changes
  for tables in the `basekit_realtime` publication to subscribed channels.
  """
  use Postgrex.ReplicationConnection
  require Logger

  alias Realtime.Crypto
  alias Realtime.Tenants.BroadcastChanges

  @publication "basekit_realtime"

  def start_link(%{tenant: tenant} = args) do
    [ext] = tenant.extensions
    settings = ext.settings

    opts = [
      hostname: Crypto.decrypt!(settings["db_host"]),
      port: String.to_integer(Crypto.decrypt!(settings["db_port"])),
      database: Crypto.decrypt!(settings["db_name"]),
      username: Crypto.decrypt!(settings["db_user"]),
      password: Crypto.decrypt!(settings["db_password"]),
      parameters: [application_name: "basekit_realtime_replication"],
      ssl: settings["ssl_enforced"] == true
    ]

    Postgrex.ReplicationConnection.start_link(__MODULE__, args, opts)
  end

  @impl true
  def init(args) do
    slot = "basekit_realtime_replication_slot_" <> (Application.get_env(:realtime, :slot_name_suffix) || "")
    {:ok, Map.merge(args, %{slot: slot, step: :disconnected})}
  end

  @impl true
  def handle_connect(state) do
    query = "CREATE_REPLICATION_SLOT #{state.slot} TEMPORARY LOGICAL pgoutput NOEXPORT_SNAPSHOT"
    {:query, query, %{state | step: :create_slot}}
  end

  @impl true
  def handle_result(_results, %{step: :create_slot} = state) do
    query =
      "START_REPLICATION SLOT #{state.slot} LOGICAL 0/0 (proto_version '1', publication_names '#{@publication}')"

    {:stream, query, [], %{state | step: :streaming}}
  end

  @impl true
  def handle_data(<<?w, _wal_start::64, _wal_end::64, _clock::64, rest::binary>>, state) do
    BroadcastChanges.handle(state.tenant, rest)
    {:noreply, state}
  end

  def handle_data(<<?k, wal_end::64, _clock::64, reply>>, state) do
    messages =
      case reply do
        1 -> [<<?r, wal_end + 1::64, wal_end + 1::64, wal_end + 1::64, current_time()::64, 0>>]
        0 -> []
      end

    {:noreply, messages, state}
  end

  @epoch DateTime.to_unix(~U[2000-01-01 00:00:00Z], :microsecond)
  defp current_time, do: System.os_time(:microsecond) - @epoch
end
