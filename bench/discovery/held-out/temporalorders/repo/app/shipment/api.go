package shipment

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"go.temporal.io/sdk/client"

	"github.com/tidewater-labs/oms/app/db"
	"github.com/tidewater-labs/oms/app/internal/httputil"
)

type handlers struct {
	temporal client.Client
	db       db.DB
}

// Router builds the shipment API.
func Router(c client.Client, store db.DB, logger *slog.Logger) *mux.Router {
	r := httputil.NewRouter(logger)
	h := handlers{temporal: c, db: store}

	r.HandleFunc("/shipments", h.handleList).Methods(http.MethodGet)
	// Internal, called by shipment workflow activities.
	r.HandleFunc("/shipments", h.handleRegister).Methods(http.MethodPost)
	r.HandleFunc("/shipments/{id}/status", h.handleUpdateStatus).Methods(http.MethodPut)
	// Carrier callbacks (simulated from the UI).
	r.HandleFunc("/shipments/{id}/carrier-update", h.handleCarrierUpdate).Methods(http.MethodPost)

	return r
}

// RunServer serves the shipment API until ctx is cancelled.
func RunServer(ctx context.Context, addr string, c client.Client, store db.DB, logger *slog.Logger) error {
	srv := &http.Server{Addr: addr, Handler: Router(c, store, logger), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	logger.Info("shipment API listening", "addr", addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (h *handlers) handleList(w http.ResponseWriter, r *http.Request) {
	shipments, err := h.db.GetShipments(r.Context())
	if err != nil {
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	if shipments == nil {
		shipments = []db.ShipmentRecord{}
	}
	httputil.WriteJSON(w, http.StatusOK, shipments)
}

func (h *handlers) handleRegister(w http.ResponseWriter, r *http.Request) {
	var input RegisterShipmentInput
	if err := httputil.DecodeJSON(r, &input); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}
	err := h.db.InsertShipment(r.Context(), db.ShipmentRecord{
		ID:        input.ID,
		OrderID:   input.OrderID,
		Status:    input.Status,
		UpdatedAt: time.Now().UTC(),
	})
	if err != nil {
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (h *handlers) handleUpdateStatus(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	var input UpdateShipmentStatusInput
	if err := httputil.DecodeJSON(r, &input); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}
	if err := h.db.UpdateShipmentStatus(r.Context(), id, input.Status); err != nil {
		if errors.Is(err, db.ErrNotFound) {
			httputil.WriteError(w, http.StatusNotFound, err)
			return
		}
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *handlers) handleCarrierUpdate(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	var signal CarrierUpdateSignal
	if err := httputil.DecodeJSON(r, &signal); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}
	switch signal.Status {
	case StatusDispatched, StatusDelivered:
	default:
		httputil.WriteError(w, http.StatusBadRequest, errors.New("status must be dispatched or delivered"))
		return
	}

	if err := h.temporal.SignalWorkflow(r.Context(), WorkflowID(id), "", CarrierUpdateSignalName, signal); err != nil {
		httputil.WriteError(w, http.StatusInternalServerError, err)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}
