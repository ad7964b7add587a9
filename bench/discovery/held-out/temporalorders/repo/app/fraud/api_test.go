package fraud

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"
)

func post(t *testing.T, url string, body any) *http.Response {
	t.Helper()
	buf, _ := json.Marshal(body)
	res, err := http.Post(url, "application/json", bytes.NewReader(buf))
	require.NoError(t, err)
	return res
}

func TestLimitDeclines(t *testing.T) {
	srv := httptest.NewServer(Router(slog.Default()))
	defer srv.Close()

	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/settings", bytes.NewReader([]byte(`{"limit":5000}`)))
	_, err := http.DefaultClient.Do(req)
	require.NoError(t, err)

	var out CheckResponse
	res := post(t, srv.URL+"/check", CheckRequest{CustomerID: "c1", Charge: 4000})
	require.NoError(t, json.NewDecoder(res.Body).Decode(&out))
	require.False(t, out.Declined)

	res = post(t, srv.URL+"/check", CheckRequest{CustomerID: "c1", Charge: 4000})
	require.NoError(t, json.NewDecoder(res.Body).Decode(&out))
	require.True(t, out.Declined)
}

func TestMaintenanceMode(t *testing.T) {
	srv := httptest.NewServer(Router(slog.Default()))
	defer srv.Close()

	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/settings", bytes.NewReader([]byte(`{"maintenanceMode":true}`)))
	_, err := http.DefaultClient.Do(req)
	require.NoError(t, err)

	res := post(t, srv.URL+"/check", CheckRequest{CustomerID: "c1", Charge: 1})
	require.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
}
