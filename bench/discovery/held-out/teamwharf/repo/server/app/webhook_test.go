package app

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/teamwharf/teamwharf/server/model"
)

func TestOutgoingWebhookMatches(t *testing.T) {
	h := &model.OutgoingWebhook{}
	h.SetTriggerWords("standup,status")
	if !h.Matches("standup") || h.Matches("lunch") {
		t.Fatal("trigger word matching broken")
	}
}

func TestTriggerOutgoingWebhookDecodesReply(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"text":""}`))
	}))
	defer srv.Close()
	a := &App{httpClient: srv.Client()}
	a.triggerOutgoingWebhook(srv.URL+"/hook", &model.OutgoingWebhookPayload{Text: "standup"}, &model.Channel{Id: "c1"})
}
