package app

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/teamwharf/teamwharf/server/config"
	"github.com/teamwharf/teamwharf/server/model"
)

func TestPostToPushProxy(t *testing.T) {
	var got model.PushNotification
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/v1/send_push" {
			t.Errorf("unexpected path %s", r.URL.Path)
		}
		json.NewDecoder(r.Body).Decode(&got)
		w.Write([]byte(`{"status":"OK"}`))
	}))
	defer fake.Close()

	cfg := &config.Config{}
	cfg.EmailSettings.PushNotificationServer = fake.URL
	a := &App{cfg: cfg, httpClient: &http.Client{Timeout: time.Second}}
	if err := a.postToPushProxy(&model.PushNotification{Platform: "apple", DeviceId: "abc"}); err != nil {
		t.Fatal(err)
	}
	if got.DeviceId != "abc" {
		t.Fatalf("device id not forwarded: %+v", got)
	}
}
