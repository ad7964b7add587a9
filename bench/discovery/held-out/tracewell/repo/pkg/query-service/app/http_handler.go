package app

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"go.uber.org/zap"

	"github.com/tracewell/tracewell/pkg/alertmanager"
	"github.com/tracewell/tracewell/pkg/analytics"
	"github.com/tracewell/tracewell/pkg/emailing"
	"github.com/tracewell/tracewell/pkg/query-service/reader"
	"github.com/tracewell/tracewell/pkg/sqlstore"
)

type APIHandler struct {
	reader    *reader.ClickHouseReader
	store     sqlstore.SQLStore
	am        *alertmanager.Client
	emailer   emailing.Emailer
	analytics analytics.Analytics
	jwtSecret []byte
	logger    *zap.Logger
}

func (h *APIHandler) RegisterRoutes(r *mux.Router) {
	v1 := r.PathPrefix("/api/v1").Subrouter()
	v1.HandleFunc("/services", h.getServices).Methods(http.MethodPost)
	v1.HandleFunc("/logs/count", h.countLogs).Methods(http.MethodGet)
	v1.HandleFunc("/channels", h.listChannels).Methods(http.MethodGet)
	v1.HandleFunc("/channels", h.createChannel).Methods(http.MethodPost)
	v1.HandleFunc("/testChannel", h.testChannel).Methods(http.MethodPost)
	v1.HandleFunc("/invite", h.invite).Methods(http.MethodPost)
}

type timeRange struct {
	Start int64 `json:"start"`
	End   int64 `json:"end"`
}

func (h *APIHandler) getServices(w http.ResponseWriter, r *http.Request) {
	var tr timeRange
	if err := json.NewDecoder(r.Body).Decode(&tr); err != nil {
		respondError(w, http.StatusBadRequest, err)
		return
	}
	svcs, err := h.reader.GetServices(r.Context(), time.Unix(0, tr.Start), time.Unix(0, tr.End))
	if err != nil {
		respondError(w, http.StatusInternalServerError, err)
		return
	}
	respond(w, svcs)
}

func (h *APIHandler) countLogs(w http.ResponseWriter, r *http.Request) {
	end := time.Now()
	n, err := h.reader.CountLogs(r.Context(), "1=1", end.Add(-15*time.Minute), end)
	if err != nil {
		respondError(w, http.StatusInternalServerError, err)
		return
	}
	respond(w, map[string]uint64{"count": n})
}

type channel struct {
	ID   int64           `json:"id"`
	Name string          `json:"name"`
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func (h *APIHandler) listChannels(w http.ResponseWriter, r *http.Request) {
	rows, err := h.store.DB().QueryContext(r.Context(), `SELECT id, name, type, data FROM notification_channels`)
	if err != nil {
		respondError(w, http.StatusInternalServerError, err)
		return
	}
	defer rows.Close()
	var out []channel
	for rows.Next() {
		var c channel
		var data string
		if err := rows.Scan(&c.ID, &c.Name, &c.Type, &data); err != nil {
			respondError(w, http.StatusInternalServerError, err)
			return
		}
		c.Data = json.RawMessage(data)
		out = append(out, c)
	}
	respond(w, out)
}

func (h *APIHandler) createChannel(w http.ResponseWriter, r *http.Request) {
	var c channel
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		respondError(w, http.StatusBadRequest, err)
		return
	}
	if _, err := h.store.DB().ExecContext(r.Context(),
		`INSERT INTO notification_channels (name, type, data, created_at) VALUES (?, ?, ?, ?)`,
		c.Name, c.Type, string(c.Data), time.Now()); err != nil {
		respondError(w, http.StatusInternalServerError, err)
		return
	}
	if err := h.am.ReloadRoutes(r.Context()); err != nil {
		h.logger.Warn("alertmanager reload failed", zap.Error(err))
	}
	h.analytics.Track("", "Channel Created", map[string]any{"type": c.Type})
	respond(w, c)
}

func (h *APIHandler) testChannel(w http.ResponseWriter, r *http.Request) {
	var c channel
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		respondError(w, http.StatusBadRequest, err)
		return
	}
	if err := h.am.TestReceiver(r.Context(), alertmanager.Receiver{Name: c.Name, Raw: c.Data}); err != nil {
		respondError(w, http.StatusBadGateway, err)
		return
	}
	respond(w, "ok")
}

func (h *APIHandler) invite(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Email string `json:"email"`
		Name  string `json:"name"`
		Role  string `json:"role"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		respondError(w, http.StatusBadRequest, err)
		return
	}
	tok := make([]byte, 16)
	_, _ = rand.Read(tok)
	token := hex.EncodeToString(tok)
	if _, err := h.store.DB().ExecContext(r.Context(),
		`INSERT INTO invites (token, email, role, created_at) VALUES (?, ?, ?, ?)`,
		token, req.Email, req.Role, time.Now().Unix()); err != nil {
		respondError(w, http.StatusInternalServerError, err)
		return
	}
	link := "/signup?token=" + token
	if err := h.emailer.SendInvite(req.Email, req.Name, "Admin", "Tracewell", link); err != nil {
		h.logger.Warn("invite email failed", zap.Error(err))
	}
	respond(w, map[string]string{"token": token})
}

func respond(w http.ResponseWriter, data any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"status": "success", "data": data})
}

func respondError(w http.ResponseWriter, code int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]any{"status": "error", "error": err.Error()})
}
