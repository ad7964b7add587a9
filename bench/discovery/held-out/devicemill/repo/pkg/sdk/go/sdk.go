// Package sdk is the Devicemill Go SDK: a thin HTTP client for the platform's REST APIs.
package sdk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Config tells the SDK where each service lives. Unset URLs make the
// corresponding methods return ErrNotConfigured.
type Config struct {
	UsersURL       string
	ThingsURL      string
	CertsURL       string
	BootstrapURL   string
	ReadersURL     string
	HTTPAdapterURL string
	MsgContentType string
	TLSVerification bool
}

type SDK struct {
	cfg    Config
	client *http.Client
}

var ErrNotConfigured = fmt.Errorf("service URL not configured")

func NewSDK(cfg Config) *SDK {
	return &SDK{cfg: cfg, client: &http.Client{Timeout: 10 * time.Second}}
}

func (s *SDK) do(method, base, path, token string, in, out interface{}) error {
	if base == "" {
		return ErrNotConfigured
	}
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, base+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, msg)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

type Token struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

type Login struct {
	Identity string `json:"identity"`
	Secret   string `json:"secret"`
	DomainID string `json:"domain_id,omitempty"`
}

// CreateToken logs in against the users service.
func (s *SDK) CreateToken(l Login) (Token, error) {
	var out Token
	err := s.do(http.MethodPost, s.cfg.UsersURL, "/users/tokens/issue", "", l, &out)
	return out, err
}
