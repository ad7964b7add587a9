package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"golang.org/x/oauth2"
)

var defaultTimeout = 10 * time.Second

type Claims struct {
	Issuer        string                 `json:"iss,omitempty"`
	Subject       string                 `json:"sub,omitempty"`
	Name          string                 `json:"name,omitempty"`
	Picture       string                 `json:"picture,omitempty"`
	Username      string                 `json:"user_name,omitempty"`
	Email         string                 `json:"email,omitempty"`
	EmailVerified bool                   `json:"email_verified,omitempty"`
	CustomClaims  map[string]interface{} `json:"custom_claims,omitempty"`
}

type Email struct {
	Email    string
	Verified bool
	Primary  bool
}

type UserProvidedData struct {
	Emails   []Email
	Metadata *Claims
}

// OAuthProvider specifies additional methods needed for providers using OAuth
type OAuthProvider interface {
	AuthCodeURL(string, ...oauth2.AuthCodeOption) string
	GetUserData(context.Context, *oauth2.Token) (*UserProvidedData, error)
	GetOAuthToken(string) (*oauth2.Token, error)
}

func chooseHost(base, defaultHost string) string {
	if base == "" {
		return "https://" + defaultHost
	}
	baseLen := len(base)
	if base[baseLen-1] == '/' {
		return base[:baseLen-1]
	}
	if !strings.HasPrefix(base, "http") {
		return "https://" + base
	}
	return base
}

func makeRequest(ctx context.Context, tok *oauth2.Token, g *oauth2.Config, url string, dst interface{}) error {
	client := g.Client(ctx, tok)
	client.Timeout = defaultTimeout
	res, err := client.Get(url)
	if err != nil {
		return err
	}
	defer res.Body.Close()

	bodyBytes, _ := io.ReadAll(res.Body)
	if res.StatusCode < http.StatusOK || res.StatusCode >= http.StatusMultipleChoices {
		return fmt.Errorf("provider request failed: %d %s", res.StatusCode, string(bodyBytes))
	}
	return json.Unmarshal(bodyBytes, dst)
}
