package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
)

type fakeSender struct{ got *PushNotification }

func (f *fakeSender) SendNotification(m *PushNotification) PushResponse {
	f.got = m
	return PushResponse{"status": "OK"}
}

func TestSendPushRoutesByPlatform(t *testing.T) {
	fs := &fakeSender{}
	s := &Server{senders: map[string]NotificationServer{"apple": fs}}
	req := httptest.NewRequest(http.MethodPost, "/api/v1/send_push", bytes.NewBufferString(`{"platform":"apple","device_id":"d1"}`))
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if fs.got == nil || fs.got.DeviceId != "d1" {
		t.Fatal("not routed to apple sender")
	}
}
