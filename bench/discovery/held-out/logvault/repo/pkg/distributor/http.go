package distributor

import (
	"net/http"

	"github.com/logvault/logvault/v3/pkg/loghttp/push"
)

// PushHandler reads a snappy-compressed protobuf or JSON push and forwards to Push.
func (d *Distributor) PushHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, err := push.ParseRequest(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if _, err := d.Push(r.Context(), req); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

func (d *Distributor) OTLPPushHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, err := push.ParseOTLPRequest(r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_, _ = d.Push(r.Context(), req)
		w.WriteHeader(http.StatusNoContent)
	})
}
