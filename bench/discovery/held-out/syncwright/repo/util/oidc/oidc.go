package oidc

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	gooidc "github.com/coreos/go-oidc/v3/oidc"
	log "github.com/sirupsen/logrus"
	"golang.org/x/oauth2"

	"github.com/syncwright-io/syncwright/v2/common"
	"github.com/syncwright-io/syncwright/v2/util/dex"
	httputil "github.com/syncwright-io/syncwright/v2/util/http"
	"github.com/syncwright-io/syncwright/v2/util/settings"
)

// OIDCConfiguration holds a subset of interested fields from the OIDC configuration spec
type OIDCConfiguration struct {
	Issuer                 string   `json:"issuer"`
	ScopesSupported        []string `json:"scopes_supported"`
	ResponseTypesSupported []string `json:"response_types_supported"`
	GrantTypesSupported    []string `json:"grant_types_supported,omitempty"`
}

type ClientApp struct {
	// OAuth2 client ID of this application (e.g. syncwright-cli)
	clientID string
	// OAuth2 client secret of this application
	clientSecret string
	// Callback URL for OAuth2 responses (e.g. https://syncwright.example.com/auth/callback)
	redirectURI string
	// URL of the issuer (e.g. https://syncwright.example.com/api/dex)
	issuerURL string
	// the path where the Syncwright UI is served (e.g. /)
	baseHRef string
	// client is the HTTP client which is used to query the IDp
	client *http.Client
	// secureCookie indicates if the cookie should be set with the Secure flag
	secureCookie bool
	// settings holds Syncwright settings
	settings *settings.SyncwrightSettings
	// provider is the OIDC provider
	provider Provider
}

// NewClientApp will register the Syncwright client app (either via Dex or external OIDC) and return an
// object which has HTTP handlers for handling the HTTP responses for login and callback
func NewClientApp(sws *settings.SyncwrightSettings, dexServerAddr string, dexTlsConfig *dex.DexTLSConfig, baseHRef string, cacheClient cache.CacheClient) (*ClientApp, error) {
	redirectURL, err := sws.RedirectURL()
	if err != nil {
		return nil, err
	}
	a := ClientApp{
		clientID:     sws.OAuth2ClientID(),
		clientSecret: sws.OAuth2ClientSecret(),
		redirectURI:  redirectURL,
		issuerURL:    sws.IssuerURL(),
		baseHRef:     baseHRef,
	}
	log.Infof("Creating client app (%s)", a.clientID)
	u, err := url.Parse(sws.URL)
	if err != nil {
		return nil, fmt.Errorf("parse redirect-uri: %w", err)
	}

	transport := &http.Transport{
		TLSClientConfig: sws.OIDCTLSConfig(),
		Proxy:           http.ProxyFromEnvironment,
		Dial: (&net.Dialer{
			Timeout:   30 * time.Second,
			KeepAlive: 30 * time.Second,
		}).Dial,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: 1 * time.Second,
	}
	a.client = &http.Client{
		Transport: transport,
	}

	if sws.DexConfig != "" && sws.OIDCConfigRAW == "" {
		// When dex is bundled, talk to it directly over the cluster network instead of through
		// the public issuer URL.
		transport.TLSClientConfig = dex.TLSConfig(dexTlsConfig)
		addrWithProto := dex.DexServerAddressWithProtocol(dexServerAddr, dexTlsConfig)
		a.client.Transport = dex.NewDexRewriteURLRoundTripper(addrWithProto, a.client.Transport)
	} else {
		a.client.Transport = httputil.NewTransportWithHeaders(a.client.Transport, sws.OIDCConfig().RootCA)
	}
	if os.Getenv(common.EnvVarSSODebug) == "1" {
		a.client.Transport = httputil.DebugTransport{T: a.client.Transport}
	}

	a.provider = NewOIDCProvider(a.issuerURL, a.client)
	a.secureCookie = bool(u.Scheme == "https")
	a.settings = sws
	return &a, nil
}

func (a *ClientApp) oauth2Config(request *http.Request, scopes []string) (*oauth2.Config, error) {
	endpoint, err := a.provider.Endpoint()
	if err != nil {
		return nil, err
	}
	return &oauth2.Config{
		ClientID:     a.clientID,
		ClientSecret: a.clientSecret,
		Endpoint:     *endpoint,
		Scopes:       scopes,
		RedirectURL:  a.redirectURI,
	}, nil
}

// HandleCallback is the callback handler for an OAuth2 login flow. It exchanges the authorization
// code with dex (POST {issuer}/token) and verifies the id_token against dex's JWKS.
func (a *ClientApp) HandleCallback(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("code")
	state := r.FormValue("state")
	if code == "" {
		http.Error(w, fmt.Sprintf("no code in request: %q", r.Form), http.StatusBadRequest)
		return
	}
	returnURL, err := a.verifyAppState(r, w, state)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	scopes := make([]string, 0)
	oauth2Config, err := a.oauth2Config(r, append(scopes, gooidc.ScopeOpenID))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	ctx := gooidc.ClientContext(r.Context(), a.client)
	token, err := oauth2Config.Exchange(ctx, code)
	if err != nil {
		http.Error(w, fmt.Sprintf("failed to get token: %v", err), http.StatusInternalServerError)
		return
	}
	idTokenRAW, ok := token.Extra("id_token").(string)
	if !ok {
		http.Error(w, "no id_token in token response", http.StatusInternalServerError)
		return
	}
	idToken, err := a.provider.Verify(idTokenRAW, a.settings)
	if err != nil {
		http.Error(w, fmt.Sprintf("invalid session token: %v", err), http.StatusInternalServerError)
		return
	}
	path := "/"
	if a.baseHRef != "" {
		path = strings.TrimRight(strings.TrimLeft(a.baseHRef, "/"), "/")
	}
	cookiePath := fmt.Sprintf("path=/%s", path)
	flags := []string{cookiePath, "SameSite=lax", "httpOnly"}
	if a.secureCookie {
		flags = append(flags, "Secure")
	}
	var claims jwt.MapClaims
	err = idToken.Claims(&claims)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	cookies, err := httputil.MakeCookieMetadata(common.AuthCookieName, idTokenRAW, flags...)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	for _, cookie := range cookies {
		w.Header().Add("Set-Cookie", cookie)
	}
	http.Redirect(w, r, returnURL, http.StatusSeeOther)
}

// GetOIDCConfiguration fetches {issuer}/.well-known/openid-configuration
func GetOIDCConfiguration(ctx context.Context, client *http.Client, issuerURL string) (*OIDCConfiguration, error) {
	wellKnown := strings.TrimSuffix(issuerURL, "/") + "/.well-known/openid-configuration"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, wellKnown, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var cfg OIDCConfiguration
	return &cfg, json.NewDecoder(resp.Body).Decode(&cfg)
}
