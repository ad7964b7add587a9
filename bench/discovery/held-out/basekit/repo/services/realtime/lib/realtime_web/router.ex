defmodule RealtimeWeb.Router do
  use RealtimeWeb, :router

  pipeline :api do
    plug :accepts, ["json"]
    plug RealtimeWeb.AuthTenant
  end

  pipeline :metrics do
    plug :check_auth, :metrics_jwt_secret
  end

  scope "/metrics", RealtimeWeb do
    pipe_through :metrics
    # Prometheus scrape endpoint
    get "/", MetricsController, :index
  end

  scope "/api", RealtimeWeb do
    pipe_through :api
    get "/tenants/:tenant_id/health", TenantController, :health
    post "/broadcast", BroadcastController, :broadcast
  end

  scope "/api", RealtimeWeb do
    pipe_through [:api, :secure]
    resources "/tenants", TenantController, param: "tenant_id", except: [:edit, :new]
  end

  defp check_auth(conn, secret_key) do
    secret = Application.fetch_env!(:realtime, secret_key)
    with ["Bearer " <> token] <- get_req_header(conn, "authorization"),
         {:ok, _claims} <- RealtimeWeb.JwtVerification.verify(token, secret) do
      conn
    else
      _ -> conn |> send_resp(403, "") |> halt()
    end
  end
end
