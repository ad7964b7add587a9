package api

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/devicemill/devicemill/pkg/grpcclient"
	readerpg "github.com/devicemill/devicemill/readers/postgres"
	"github.com/go-chi/chi/v5"
)

// MakeHandler serves GET /channels/{chanID}/messages. Users authenticate with a
// bearer token (auth gRPC); devices with "Thing <key>" (things gRPC).
func MakeHandler(r chi.Router, repo *readerpg.Reader, auth grpcclient.AuthServiceClient, things grpcclient.ThingsAuthzClient, svcName string) {
	r.Get("/channels/{chanID}/messages", func(w http.ResponseWriter, req *http.Request) {
		chanID := chi.URLParam(req, "chanID")
		hdr := req.Header.Get("Authorization")
		switch {
		case strings.HasPrefix(hdr, "Thing "):
			if _, err := things.Authorize(req.Context(), strings.TrimPrefix(hdr, "Thing "), chanID, "subscribe"); err != nil {
				http.Error(w, err.Error(), http.StatusForbidden)
				return
			}
		default:
			userID, _, err := auth.Identify(req.Context(), strings.TrimPrefix(hdr, "Bearer "))
			if err != nil {
				http.Error(w, err.Error(), http.StatusUnauthorized)
				return
			}
			if ok, err := auth.Authorize(req.Context(), userID, "view", "channel", chanID); err != nil || !ok {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
		}
		offset, _ := strconv.ParseUint(req.URL.Query().Get("offset"), 10, 64)
		limit, err := strconv.ParseUint(req.URL.Query().Get("limit"), 10, 64)
		if err != nil || limit == 0 {
			limit = 10
		}
		msgs, err := repo.ReadAll(req.Context(), chanID, offset, limit)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]interface{}{"messages": msgs, "offset": offset, "limit": limit})
	})
}
