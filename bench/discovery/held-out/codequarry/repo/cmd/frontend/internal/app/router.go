package app

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gorilla/mux"

	"github.com/codequarry/codequarry/cmd/frontend/internal/highlight"
	"github.com/codequarry/codequarry/cmd/frontend/internal/search"
	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/repoupdater"
	"github.com/codequarry/codequarry/internal/symbols"
)

type Deps struct {
	DB          *sql.DB
	CodeIntelDB *sql.DB
	InsightsDB  *sql.DB
}

func NewRouter(d Deps) *mux.Router {
	r := mux.NewRouter()
	git := gitserver.NewClient()

	r.HandleFunc("/search/stream", search.StreamHandler(git)).Methods("GET")
	r.HandleFunc("/.api/highlight", highlight.Handler).Methods("POST")
	r.HandleFunc("/.api/symbols", func(w http.ResponseWriter, req *http.Request) {
		q := req.URL.Query()
		syms, err := symbols.DefaultClient.Search(req.Context(), q.Get("repo"), q.Get("commit"), q.Get("query"), 100)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		json.NewEncoder(w).Encode(syms)
	})
	r.HandleFunc("/.api/repos/{name:.+}/-/refresh", func(w http.ResponseWriter, req *http.Request) {
		if err := repoupdater.DefaultClient.EnqueueRepoUpdate(req.Context(), mux.Vars(req)["name"]); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	}).Methods("POST")
	r.HandleFunc("/.api/repos/{name:.+}/-/raw/{path:.*}", func(w http.ResponseWriter, req *http.Request) {
		v := mux.Vars(req)
		rc, err := git.Archive(req.Context(), v["name"], req.URL.Query().Get("rev"), "zip")
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer rc.Close()
		w.Header().Set("Content-Type", "application/zip")
		_, _ = io.Copy(w, rc)
	})
	return r
}
