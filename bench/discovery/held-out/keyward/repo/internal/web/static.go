package web

import (
	"net/http"

	"github.com/go-http-utils/etag"
	"keyward.example/keyward/internal/config"
	"keyward.example/keyward/internal/constants"
	"keyward.example/keyward/internal/utils/web"
	staticWeb "keyward.example/keyward/web"
)

func (ws *WebServer) configureStatic() {
	// Setup routers
	staticRouter := ws.loggingRouter.NewRoute().Subrouter()
	staticRouter.Use(ws.staticHeaderMiddleware)
	staticRouter.Use(web.DisableIndex)

	distFs := http.FileServer(http.Dir("./web/dist"))

	pathStripper := func(handler http.Handler, paths ...string) http.Handler {
		h := handler
		for _, path := range paths {
			h = http.StripPrefix(path, h)
		}
		return h
	}

	helpHandler := http.FileServer(http.Dir("./website/help/"))

	indexLessRouter := staticRouter.NewRoute().Subrouter()
	// Specifically disable index
	indexLessRouter.Use(web.DisableIndex)

	indexLessRouter.PathPrefix(config.Get().Web.Path).PathPrefix("/static/dist/").Handler(pathStripper(
		distFs,
		"static/dist/",
		config.Get().Web.Path,
	))
	indexLessRouter.PathPrefix(config.Get().Web.Path).PathPrefix("/static/dist/").Handler(
		pathStripper(distFs, "static/dist/", config.Get().Web.Path),
	)

	// Media files, if backend is file
	staticRouter.PathPrefix(config.Get().Web.Path).PathPrefix("/media/").Handler(pathStripper(
		http.FileServer(http.Dir(config.Get().Paths.Media)),
		"media",
		config.Get().Web.Path,
	))

	staticRouter.PathPrefix(config.Get().Web.Path).PathPrefix("/if/help/").Handler(pathStripper(
		helpHandler,
		config.Get().Web.Path,
		"/if/help/",
	))

	// Static misc files
	ws.loggingRouter.Path("/robots.txt").HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rw.Header()["Content-Type"] = []string{"text/plain"}
		rw.WriteHeader(200)
		_, _ = rw.Write(staticWeb.RobotsTxt)
	})
}

func (ws *WebServer) staticHeaderMiddleware(h http.Handler) http.Handler {
	etagHandler := etag.Handler(h, false)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, no-transform")
		w.Header().Set("X-keyward-version", constants.VERSION)
		w.Header().Set("Vary", "X-keyward-version, Etag")
		etagHandler.ServeHTTP(w, r)
	})
}
