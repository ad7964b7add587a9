package highlight

import (
	"encoding/json"
	"net/http"

	"github.com/codequarry/codequarry/internal/syntax"
)

// Handler highlights a blob through syntect-server.
func Handler(w http.ResponseWriter, r *http.Request) {
	var q syntax.Query
	if err := json.NewDecoder(r.Body).Decode(&q); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if q.Theme == "" {
		q.Theme = "Sourcegraph"
	}
	resp, err := syntax.Highlight(r.Context(), q)
	if err != nil {
		// Fall back to plaintext rendering when the highlighter times out.
		json.NewEncoder(w).Encode(syntax.Response{Data: q.Code, Plaintext: true})
		return
	}
	json.NewEncoder(w).Encode(resp)
}
