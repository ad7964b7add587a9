package web

import (
	"net/http"

	"github.com/gorilla/mux"

	"github.com/teamwharf/teamwharf/server/app"
)

func ListenAndServe(a *app.App, addr string) error {
	r := mux.NewRouter()
	h := &handlers{app: a}
	api := r.PathPrefix("/api/v4").Subrouter()
	api.HandleFunc("/posts", h.createPost).Methods(http.MethodPost)
	api.HandleFunc("/teams/{team_id}/posts/search", h.searchPosts).Methods(http.MethodPost)
	api.HandleFunc("/system/ping", h.ping).Methods(http.MethodGet)
	r.HandleFunc("/hooks/{id}", h.incomingWebhook).Methods(http.MethodPost)
	r.PathPrefix("/plugins/").HandlerFunc(h.servePlugin)
	r.PathPrefix("/").Handler(http.FileServer(http.Dir("./client")))
	return http.ListenAndServe(addr, r)
}
