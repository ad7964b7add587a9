package static

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
)

//go:embed all:dist
var uiFS embed.FS

type FilesServer struct {
	baseHRef string
	allowOrigin string
}

func NewFilesServer(baseHRef, allowOrigin string) *FilesServer {
	return &FilesServer{baseHRef: baseHRef, allowOrigin: allowOrigin}
}

// ServeHTTP serves the compiled UI from ui/dist/app, rewriting <base href>.
func (s *FilesServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.allowOrigin != "" {
		w.Header().Set("Access-Control-Allow-Origin", s.allowOrigin)
	}
	sub, _ := fs.Sub(uiFS, "dist/app")
	if r.URL.Path == "/" || r.URL.Path == "/index.html" {
		b, err := fs.ReadFile(sub, "index.html")
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write(bytes.Replace(b, []byte(`<base href="/">`), []byte(`<base href="`+s.baseHRef+`">`), 1))
		return
	}
	http.FileServer(http.FS(sub)).ServeHTTP(w, r)
}
