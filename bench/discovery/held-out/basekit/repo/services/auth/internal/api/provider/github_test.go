package provider

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/basekit/auth/internal/conf"
	"golang.org/x/oauth2"
)

func TestGithubGetUserData(t *testing.T) {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/v3/user":
			w.Write([]byte(`{"id":123,"login":"octo","name":"Octo Cat","avatar_url":"http://localhost/a.png"}`))
		case "/api/v3/user/emails":
			w.Write([]byte(`[{"email":"octo@example.com","primary":true,"verified":true}]`))
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	defer server.Close()

	p, err := NewGithubProvider(conf.OAuthProviderConfiguration{
		ClientID: []string{"id"}, Secret: "s", URL: server.URL, ApiURL: server.URL, Enabled: true,
	}, "")
	if err != nil {
		t.Fatal(err)
	}
	data, err := p.GetUserData(context.Background(), &oauth2.Token{AccessToken: "tok"})
	if err != nil {
		t.Fatal(err)
	}
	if len(data.Emails) != 1 || data.Emails[0].Email != "octo@example.com" {
		t.Fatalf("unexpected emails: %+v", data.Emails)
	}
}
