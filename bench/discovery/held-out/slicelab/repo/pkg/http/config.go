package http

import (
	"net/http"
	"os"
	"strings"
)

// ConfigFromEnv collects every SLICELAB_CONF_* variable (e.g. SLICELAB_CONF_FARO_URL)
// so the browser can read them from /api/config.
func ConfigFromEnv() map[string]string {
	out := map[string]string{}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		if name, ok := strings.CutPrefix(k, "SLICELAB_CONF_"); ok {
			out[strings.ToLower(name)] = v
		}
	}
	return out
}

func (s *Server) WithConfig(cfg map[string]string) *Server {
	s.router.Get("/api/config", func(w http.ResponseWriter, _ *http.Request) {
		respond(w, cfg, nil)
	})
	return s
}
