package handlers

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/funcforge/funcforge/gateway/metrics"
)

type functionStatus struct {
	Name              string            `json:"name"`
	Image             string            `json:"image"`
	Namespace         string            `json:"namespace,omitempty"`
	Replicas          uint64            `json:"replicas"`
	AvailableReplicas uint64            `json:"availableReplicas"`
	InvocationCount   float64           `json:"invocationCount"`
	Labels            map[string]string `json:"labels,omitempty"`
}

// MakeFunctionListHandler lists functions from the provider and decorates
// them with invocation counts read back from Prometheus.
func MakeFunctionListHandler(p *ProviderProxy, exporter *metrics.Exporter) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		p.System(rec, r)
		if rec.Code != http.StatusOK {
			w.WriteHeader(rec.Code)
			io.Copy(w, rec.Body)
			return
		}
		var fns []functionStatus
		if err := json.Unmarshal(rec.Body.Bytes(), &fns); err != nil {
			w.WriteHeader(http.StatusOK)
			io.Copy(w, bytes.NewReader(rec.Body.Bytes()))
			return
		}
		counts := exporter.InvocationCounts(r.URL.Query().Get("namespace"))
		for i := range fns {
			fns[i].InvocationCount = counts[fns[i].Name]
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(fns)
	}
}

// MakeInfoHandler returns provider info merged with the gateway version.
func MakeInfoHandler(p *ProviderProxy, version string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		p.System(rec, r)
		var provider map[string]interface{}
		_ = json.Unmarshal(rec.Body.Bytes(), &provider)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]interface{}{
			"provider": provider,
			"version":  map[string]string{"release": version},
			"arch":     "x86_64",
		})
	}
}

func HealthzHandler(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("OK"))
}
