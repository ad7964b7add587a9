// Package httperr writes errors as HTTP responses.
package httperr

import (
	"net/http"
)

// HandleError writes an HTTP 500 when err is not nil and reports whether it did.
func HandleError(w http.ResponseWriter, err error, code int) bool {
	if err == nil {
		return false
	}
	http.Error(w, err.Error(), code)
	return true
}
