package order

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"

	"github.com/tidewater-labs/oms/app/db"
	"github.com/tidewater-labs/oms/app/internal/httputil"
)

type handlers struct {
	temporal client.Client
	db       db.DB
	logger   *slog.Logger
}

// Router builds the order API.
func Router(c client.Client, store db.DB, logger *slog.Logger) *mux.Router {
	r := httputil.NewRouter(logger)
	h := handlers{temporal: c, db: store, logger: logger}

	r.HandleFunc("/orders", h.handleListOrders).Methods(http.MethodGet)
	r.HandleFunc("/orders", h.handleCreateOrder).Methods(http.MethodPost)
	r.HandleFunc("/orders/{id}", h.handleGetOrder).Methods(http.MethodGet)
	r.HandleFunc("/orders/{id}/action", h.handleCustomerAction).Methods(http.MethodPost)
	// Internal: called by the order workflow's UpdateOrderStatus activity.
	r.HandleFunc("/orders/{id}/status", h.handleUpdateStatus).Methods(http.MethodPut)

	return r
}

// RunServer serves the order API until ctx is cancelled.
func RunServer(ctx context.Context, addr string, c client.Client, store db.DB, logger *slog.Logger) error {
	srv := &http.Server{Addr: addr, Handler: Router(c, store, logger), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	logger.Info("order API listening", "addr", addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (h *handlers) handleListOrders(w http.ResponseWriter, r *http.Request) {
	orders, err := h.db.GetOrders(r.Context())
	if err != nil {
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	if orders == nil {
		orders = []db.OrderRecord{}
	}
	httputil.WriteJSON(w, http.StatusOK, orders)
}

func (h *handlers) handleCreateOrder(w http.ResponseWriter, r *http.Request) {
	var input OrderInput
	if err := httputil.DecodeJSON(r, &input); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}
	if input.ID == "" || input.CustomerID == "" || len(input.Items) == 0 {
		httputil.WriteError(w, http.StatusBadRequest, errors.New("id, customerId and items are required"))
		return
	}

	if err := h.db.InsertOrder(r.Context(), db.OrderRecord{
		ID:         input.ID,
		CustomerID: input.CustomerID,
		Status:     StatusPending,
		ReceivedAt: time.Now().UTC(),
	}); err != nil {
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}

	_, err := h.temporal.ExecuteWorkflow(r.Context(), client.StartWorkflowOptions{
		ID:        WorkflowID(input.ID),
		TaskQueue: TaskQueue,
	}, Order, &input)
	if err != nil {
		var started *serviceerror.WorkflowExecutionAlreadyStarted
		if errors.As(err, &started) {
			httputil.WriteError(w, http.StatusConflict, err)
			return
		}
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}

	httputil.WriteJSON(w, http.StatusCreated, map[string]string{"id": input.ID})
}

func (h *handlers) handleGetOrder(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]

	resp, err := h.temporal.QueryWorkflow(r.Context(), WorkflowID(id), "", StatusQuery)
	if err != nil {
		var notFound *serviceerror.NotFound
		if errors.As(err, &notFound) {
			httputil.WriteError(w, http.StatusNotFound, err)
			return
		}
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}

	var status OrderStatus
	if err := resp.Get(&status); err != nil {
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	httputil.WriteJSON(w, http.StatusOK, status)
}

func (h *handlers) handleCustomerAction(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]

	var signal CustomerActionSignal
	if err := httputil.DecodeJSON(r, &signal); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}
	if signal.Action != CustomerActionAmend && signal.Action != CustomerActionCancel {
		httputil.WriteError(w, http.StatusBadRequest, errors.New("action must be amend or cancel"))
		return
	}

	if err := h.temporal.SignalWorkflow(r.Context(), WorkflowID(id), "", CustomerActionSignalName, signal); err != nil {
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func (h *handlers) handleUpdateStatus(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]

	var input UpdateOrderStatusInput
	if err := httputil.DecodeJSON(r, &input); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}

	if err := h.db.UpdateOrderStatus(r.Context(), id, input.Status); err != nil {
		if errors.Is(err, db.ErrNotFound) {
			httputil.WriteError(w, http.StatusNotFound, err)
			return
		}
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
