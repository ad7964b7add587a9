package querier

import (
	"net/http"

	"github.com/gorilla/websocket"

	"github.com/logvault/logvault/v3/pkg/loghttp"
)

type QuerierAPI struct {
	querier Querier
	engine  *logql.Engine
}

// RangeQueryHandler serves /loki/api/v1/query_range. In microservices mode requests arrive
// through the scheduler via httpgrpc, not directly over HTTP.
func (q *QuerierAPI) RangeQueryHandler(ctx context.Context, req *queryrange.LokiRequest) (logqlmodel.Result, error) {
	params, err := queryrange.ParamsFromRequest(req)
	if err != nil {
		return logqlmodel.Result{}, err
	}
	query := q.engine.Query(params)
	return query.Exec(ctx)
}

// TailHandler serves /loki/api/v1/tail over a websocket. The query-frontend proxies
// tail requests here directly (frontend.tail_proxy_url).
func (q *QuerierAPI) TailHandler(w http.ResponseWriter, r *http.Request) {
	upgrader := websocket.Upgrader{CheckOrigin: func(r *http.Request) bool { return true }}
	req, err := loghttp.ParseTailQuery(r)
	if err != nil {
		serverutil.WriteError(httpgrpc.Errorf(http.StatusBadRequest, "%s", err.Error()), w)
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	tailer, err := q.querier.Tail(r.Context(), req, false)
	if err != nil {
		_ = conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseInternalServerErr, err.Error()))
		return
	}
	defer tailer.close()
	for resp := range tailer.getResponseChan() {
		if err := conn.WriteJSON(resp); err != nil {
			return
		}
	}
}
