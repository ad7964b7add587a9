package auth

import (
	"context"
	"log"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"

	"go.timeweave.io/ui-server/server/config"
)

// SetRoutes is only called when auth.enabled is true. It discovers the OIDC issuer
// (providerUrl) and runs the authorization-code flow.
func SetRoutes(e *echo.Echo, cfg *config.Config) {
	if len(cfg.Auth.Providers) == 0 {
		return
	}
	p := cfg.Auth.Providers[0]
	ctx := context.Background()
	provider, err := oidc.NewProvider(ctx, p.ProviderURL)
	if err != nil {
		log.Fatalf("oidc discovery at %s failed: %v", p.ProviderURL, err)
	}
	oauthCfg := &oauth2.Config{
		ClientID: p.ClientID, ClientSecret: p.ClientSecret, RedirectURL: p.CallbackURL,
		Endpoint: provider.Endpoint(), Scopes: append([]string{oidc.ScopeOpenID}, p.Scopes...),
	}
	verifier := provider.Verifier(&oidc.Config{ClientID: p.ClientID})

	e.GET("/auth/sso", func(c echo.Context) error {
		return c.Redirect(http.StatusFound, oauthCfg.AuthCodeURL("state"))
	})
	e.GET("/auth/sso/callback", func(c echo.Context) error {
		tok, err := oauthCfg.Exchange(c.Request().Context(), c.QueryParam("code"))
		if err != nil {
			return err
		}
		raw, _ := tok.Extra("id_token").(string)
		if _, err := verifier.Verify(c.Request().Context(), raw); err != nil {
			return err
		}
		c.SetCookie(&http.Cookie{Name: "user0", Value: raw, Path: "/"})
		return c.Redirect(http.StatusFound, "/")
	})
}
