package handlers

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"math"
	"net/http"
)

// PrometheusAlert is the Alertmanager webhook payload (version 4).
type PrometheusAlert struct {
	Status   string                  `json:"status"`
	Receiver string                  `json:"receiver"`
	Alerts   []PrometheusInnerAlert  `json:"alerts"`
}

type PrometheusInnerAlert struct {
	Status string            `json:"status"`
	Labels map[string]string `json:"labels"`
}

const (
	defaultMinReplicas = 1
	defaultMaxReplicas = 20
	defaultScaleFactor = 20
)

// MakeAlertHandler handles POST /system/alert from Alertmanager and scales
// the named function up ("firing") or back to its minimum ("resolved").
func MakeAlertHandler(scaler *ProviderScaler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer r.Body.Close()
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var req PrometheusAlert
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}

		var errs []error
		for _, alert := range req.Alerts {
			name := alert.Labels["function_name"]
			if name == "" {
				continue
			}
			if err := handleAlert(scaler, name, alert.Status); err != nil {
				errs = append(errs, err)
			}
		}
		if len(errs) > 0 {
			log.Printf("alert handler: %v", errs)
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}

func handleAlert(scaler *ProviderScaler, name, status string) error {
	q, err := scaler.GetReplicas(name)
	if err != nil {
		return fmt.Errorf("query %s: %w", name, err)
	}
	next := CalculateReplicas(status, q.Replicas, q.MaxReplicas, q.MinReplicas, q.ScalingFactor)
	if next == q.Replicas {
		return nil
	}
	log.Printf("[Scale] function=%s %d => %d", name, q.Replicas, next)
	return scaler.SetReplicas(name, next)
}

// CalculateReplicas returns the desired replica count for an alert status.
func CalculateReplicas(status string, current, maxR, minR, factor uint64) uint64 {
	if maxR == 0 {
		maxR = defaultMaxReplicas
	}
	if minR == 0 {
		minR = defaultMinReplicas
	}
	if factor == 0 {
		factor = defaultScaleFactor
	}
	step := uint64(math.Ceil(float64(maxR) / 100 * float64(factor)))
	if status == "firing" && step > 0 {
		if current+step > maxR {
			return maxR
		}
		return current + step
	}
	return minR
}
