package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed dist/*
var webFiles embed.FS

// Handler serves the built Vue UI embedded in the server binary.
func Handler() http.Handler {
	sub, _ := fs.Sub(webFiles, "dist")
	return http.FileServer(http.FS(sub))
}
