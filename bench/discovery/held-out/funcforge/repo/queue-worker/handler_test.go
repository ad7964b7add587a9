package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
	"time"
)

func TestHandle_InvokesThroughGatewayAndCallsBack(t *testing.T) {
	var calledBack bool
	cb := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { calledBack = true }))
	defer cb.Close()

	gw := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/function/stock-ledger" {
			t.Errorf("unexpected path %s", r.URL.Path)
		}
		w.Write([]byte("ok"))
	}))
	defer gw.Close()

	u, _ := url.Parse(gw.URL)
	port, _ := strconv.Atoi(u.Port())
	inv := NewInvoker(QueueWorkerConfig{GatewayAddress: u.Hostname(), GatewayPort: port, GatewayInvoke: true, AckWait: time.Second})

	cbURL, _ := url.Parse(cb.URL + "/done")
	msg, _ := json.Marshal(QueueRequest{Function: "stock-ledger", Method: "POST", CallbackURL: cbURL})
	if err := inv.Handle(context.Background(), msg); err != nil {
		t.Fatal(err)
	}
	if !calledBack {
		t.Fatal("callback not called")
	}
}
