package sso

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	log "github.com/sirupsen/logrus"
	"golang.org/x/oauth2"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	corev1 "k8s.io/client-go/kubernetes/typed/core/v1"

	"github.com/kilnworks/flowforge/v3/config"
)

type Interface interface {
	Authorize(token string) (*Claims, error)
	HandleRedirect(w http.ResponseWriter, r *http.Request)
	HandleCallback(w http.ResponseWriter, r *http.Request)
	IsRBACEnabled() bool
}

type Claims struct {
	Subject string   `json:"sub"`
	Email   string   `json:"email"`
	Groups  []string `json:"groups"`
}

type sso struct {
	config   *oauth2.Config
	verifier *oidc.IDTokenVerifier
	baseHRef string
	secure   bool
	rbac     bool
}

// New discovers the OIDC provider (Dex in the quick-start) at cfg.Issuer.
func New(ctx context.Context, c config.SSOConfig, secrets corev1.SecretInterface, baseHRef string, secure bool) (Interface, error) {
	if c.Issuer == "" {
		return nil, fmt.Errorf("issuer empty")
	}
	clientID, err := secrets.Get(ctx, c.ClientID.Name, metav1.GetOptions{})
	if err != nil {
		return nil, err
	}
	clientSecret, err := secrets.Get(ctx, c.ClientSecret.Name, metav1.GetOptions{})
	if err != nil {
		return nil, err
	}
	httpClient := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: c.InsecureSkipVerify}}}
	oidcCtx := oidc.ClientContext(ctx, httpClient)
	if c.IssuerAlias != "" {
		oidcCtx = oidc.InsecureIssuerURLContext(oidcCtx, c.IssuerAlias)
	}
	provider, err := oidc.NewProvider(oidcCtx, c.Issuer)
	if err != nil {
		return nil, err
	}
	scopes := append([]string{oidc.ScopeOpenID}, c.Scopes...)
	oauth2Config := &oauth2.Config{
		ClientID:     string(clientID.Data[c.ClientID.Key]),
		ClientSecret: string(clientSecret.Data[c.ClientSecret.Key]),
		RedirectURL:  c.RedirectURL,
		Endpoint:     provider.Endpoint(),
		Scopes:       scopes,
	}
	log.WithField("issuer", c.Issuer).Info("SSO configuration")
	return &sso{
		config:   oauth2Config,
		verifier: provider.Verifier(&oidc.Config{ClientID: oauth2Config.ClientID}),
		baseHRef: baseHRef,
		secure:   secure,
		rbac:     c.RBAC != nil && c.RBAC.Enabled,
	}, nil
}

func (s *sso) IsRBACEnabled() bool { return s.rbac }

func (s *sso) HandleRedirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, s.config.AuthCodeURL("state"), http.StatusFound)
}

func (s *sso) HandleCallback(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	oauth2Token, err := s.config.Exchange(ctx, r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	rawIDToken, ok := oauth2Token.Extra("id_token").(string)
	if !ok {
		http.Error(w, "no id_token", http.StatusUnauthorized)
		return
	}
	if _, err := s.verifier.Verify(ctx, rawIDToken); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "authorization", Value: "Bearer v2:" + rawIDToken, Path: s.baseHRef, Secure: s.secure, HttpOnly: true})
	http.Redirect(w, r, s.baseHRef, http.StatusFound)
}

func (s *sso) Authorize(token string) (*Claims, error) {
	idToken, err := s.verifier.Verify(context.Background(), token)
	if err != nil {
		return nil, err
	}
	c := &Claims{}
	return c, idToken.Claims(c)
}

type nullSSO struct{}

var NullSSO Interface = nullSSO{}

func (nullSSO) Authorize(string) (*Claims, error)                 { return nil, fmt.Errorf("not implemented") }
func (nullSSO) HandleRedirect(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNotImplemented) }
func (nullSSO) HandleCallback(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNotImplemented) }
func (nullSSO) IsRBACEnabled() bool                               { return false }
