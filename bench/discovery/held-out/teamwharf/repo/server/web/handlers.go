package web

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"

	"github.com/teamwharf/teamwharf/server/app"
	"github.com/teamwharf/teamwharf/server/model"
)

type handlers struct{ app *app.App }

func (h *handlers) ping(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(`{"status":"OK"}`))
}

func (h *handlers) createPost(w http.ResponseWriter, r *http.Request) {
	var p model.Post
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	p.UserId = r.Header.Get("X-User-Id")
	created, err := h.app.CreatePost(r.Context(), &p)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(created)
}

func (h *handlers) searchPosts(w http.ResponseWriter, r *http.Request) {
	var req struct{ Terms string `json:"terms"` }
	json.NewDecoder(r.Body).Decode(&req)
	ids, err := h.app.SearchPosts(r.Context(), mux.Vars(r)["team_id"], req.Terms)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(map[string]interface{}{"order": ids})
}

// incomingWebhook accepts posts from external integrations (e.g. the standup bot).
func (h *handlers) incomingWebhook(w http.ResponseWriter, r *http.Request) {
	if !h.app.Config().ServiceSettings.EnableIncomingWebhooks {
		http.Error(w, "incoming webhooks disabled", http.StatusNotImplemented)
		return
	}
	var in model.IncomingWebhookRequest
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	channelId, err := h.app.ChannelForIncomingHook(mux.Vars(r)["id"], in.Channel)
	if err != nil {
		http.Error(w, "unknown hook", http.StatusNotFound)
		return
	}
	h.app.CreatePost(r.Context(), &model.Post{ChannelId: channelId, Message: in.Text})
	w.Write([]byte("ok"))
}

func (h *handlers) servePlugin(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "plugin not active", http.StatusNotFound)
}
