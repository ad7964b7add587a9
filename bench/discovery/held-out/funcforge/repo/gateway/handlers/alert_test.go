package handlers

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func TestCalculateReplicas_FiringAddsStep(t *testing.T) {
	got := CalculateReplicas("firing", 1, 20, 1, 20)
	if got != 5 {
		t.Fatalf("want 5, got %d", got)
	}
}

func TestCalculateReplicas_ResolvedGoesToMin(t *testing.T) {
	if got := CalculateReplicas("resolved", 12, 20, 2, 20); got != 2 {
		t.Fatalf("want 2, got %d", got)
	}
}

func TestAlertHandler_ScalesViaProvider(t *testing.T) {
	var scaled bool
	provider := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/system/function/"):
			w.Write([]byte(`{"replicas":1,"labels":{}}`))
		case strings.HasPrefix(r.URL.Path, "/system/scale-function/"):
			scaled = true
			w.WriteHeader(http.StatusAccepted)
		}
	}))
	defer provider.Close()

	u, _ := url.Parse(provider.URL)
	h := MakeAlertHandler(NewProviderScaler(u, http.DefaultTransport, nil))
	body := `{"status":"firing","alerts":[{"status":"firing","labels":{"function_name":"currency-convert"}}]}`
	rec := httptest.NewRecorder()
	h(rec, httptest.NewRequest(http.MethodPost, "/system/alert", strings.NewReader(body)))

	if rec.Code != http.StatusOK || !scaled {
		t.Fatalf("expected scale call, code=%d scaled=%v", rec.Code, scaled)
	}
}
