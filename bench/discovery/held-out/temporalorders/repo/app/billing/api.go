package billing

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"go.temporal.io/sdk/client"

	"github.com/tidewater-labs/oms/app/internal/httputil"
)

// Router builds the billing API.
func Router(c client.Client, logger *slog.Logger) *mux.Router {
	r := httputil.NewRouter(logger)

	r.HandleFunc("/charge", func(w http.ResponseWriter, req *http.Request) {
		var input ChargeInput
		if err := httputil.DecodeJSON(req, &input); err != nil {
			httputil.WriteError(w, http.StatusBadRequest, err)
			return
		}

		key := input.IdempotencyKey
		if key == "" {
			key = input.Reference
		}

		run, err := c.ExecuteWorkflow(req.Context(), client.StartWorkflowOptions{
			ID:        WorkflowID(key),
			TaskQueue: TaskQueue,
		}, Charge, &input)
		if err != nil {
			httputil.WriteError(w, http.StatusInternalServerError, err)
			return
		}

		var result ChargeResult
		if err := run.Get(req.Context(), &result); err != nil {
			httputil.WriteError(w, http.StatusInternalServerError, err)
			return
		}
		httputil.WriteJSON(w, http.StatusOK, result)
	}).Methods(http.MethodPost)

	return r
}

// RunServer serves the billing API until ctx is cancelled.
func RunServer(ctx context.Context, addr string, c client.Client, logger *slog.Logger) error {
	srv := &http.Server{Addr: addr, Handler: Router(c, logger), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	logger.Info("billing API listening", "addr", addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
