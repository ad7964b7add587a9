package metrics

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Exporter reads invocation counts back from Prometheus so that
// GET /system/functions can show them, and keeps gateway_service_count
// in step with the provider's replica counts.
type Exporter struct {
	store  *Store
	promURL string
	client *http.Client
}

func NewExporter(store *Store, host string, port int) *Exporter {
	return &Exporter{
		store:   store,
		promURL: fmt.Sprintf("http://%s:%d", host, port),
		client:  &http.Client{Timeout: 5 * time.Second},
	}
}

type promResponse struct {
	Data struct {
		Result []struct {
			Metric map[string]string `json:"metric"`
			Value  []interface{}     `json:"value"`
		} `json:"result"`
	} `json:"data"`
}

// InvocationCounts runs a PromQL instant query; failures are non-fatal.
func (e *Exporter) InvocationCounts(namespace string) map[string]float64 {
	out := map[string]float64{}
	q := `sum(gateway_function_invocation_total) by (function_name)`
	res, err := e.client.Get(e.promURL + "/api/v1/query?query=" + url.QueryEscape(q))
	if err != nil {
		log.Printf("prometheus query: %s", err)
		return out
	}
	defer res.Body.Close()
	var pr promResponse
	if err := json.NewDecoder(res.Body).Decode(&pr); err != nil {
		return out
	}
	for _, r := range pr.Data.Result {
		if len(r.Value) == 2 {
			if s, ok := r.Value[1].(string); ok {
				v, _ := strconv.ParseFloat(s, 64)
				out[r.Metric["function_name"]] = v
			}
		}
	}
	return out
}

// StartServiceWatcher polls the provider's function list and updates the
// replica gauge.
func (e *Exporter) StartServiceWatcher(providerURL string, interval time.Duration) {
	go func() {
		t := time.NewTicker(interval)
		for range t.C {
			res, err := e.client.Get(providerURL + "system/functions")
			if err != nil {
				continue
			}
			var fns []struct {
				Name     string `json:"name"`
				Replicas uint64 `json:"replicas"`
			}
			_ = json.NewDecoder(res.Body).Decode(&fns)
			res.Body.Close()
			for _, f := range fns {
				e.store.Replicas.WithLabelValues(f.Name).Set(float64(f.Replicas))
			}
		}
	}()
}
