package http

import (
	"net/http"

	"github.com/go-chi/render"
)

// RenderResponse is a plain struct that can be rendered as JSON.
func RenderResponse(w http.ResponseWriter, r *http.Request, v interface{}) {
	render.Respond(w, r, v)
}
