package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed all:build
var build embed.FS

// Handler serves the compiled Svelte frontend.
func Handler() http.Handler {
	sub, err := fs.Sub(build, "build")
	if err != nil {
		panic(err)
	}
	return http.FileServer(http.FS(sub))
}
