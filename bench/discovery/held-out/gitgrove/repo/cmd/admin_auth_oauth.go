// Copyright 2023 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package cmd

import (
	"errors"
	"fmt"
	"net/url"

	auth_model "code.gitgrove.io/gitgrove/models/auth"
	"code.gitgrove.io/gitgrove/services/auth/source/oauth2"

	"github.com/urfave/cli/v2"
)

var oauthCLIFlags = []cli.Flag{
	&cli.StringFlag{
		Name:  "name",
		Value: "",
		Usage: "Application Name",
	},
	&cli.StringFlag{
		Name:  "provider",
		Value: "",
		Usage: "OAuth2 Provider",
	},
	&cli.StringFlag{
		Name:  "key",
		Value: "",
		Usage: "Client ID (Key)",
	},
	&cli.StringFlag{
		Name:  "secret",
		Value: "",
		Usage: "Client Secret",
	},
	&cli.StringFlag{
		Name:  "auto-discover-url",
		Value: "",
		Usage: "OpenID Connect Auto Discovery URL (only required when using OpenID Connect as provider)",
	},
	&cli.StringFlag{
		Name:  "use-custom-urls",
		Value: "false",
		Usage: "Use custom URLs for GitLab/GitHub OAuth endpoints",
	},
	&cli.StringFlag{
		Name:  "custom-tenant-id",
		Value: "",
		Usage: "Use custom Tenant ID for OAuth endpoints",
	},
	&cli.StringFlag{
		Name:  "custom-auth-url",
		Value: "",
		Usage: "Use a custom Authorization URL (option for GitLab/GitHub)",
	},
	&cli.StringFlag{
		Name:  "custom-token-url",
		Value: "",
		Usage: "Use a custom Token URL (option for GitLab/GitHub)",
	},
	&cli.StringFlag{
		Name:  "custom-profile-url",
		Value: "",
		Usage: "Use a custom Profile URL (option for GitLab/GitHub)",
	},
	&cli.StringFlag{
		Name:  "custom-email-url",
		Value: "",
		Usage: "Use a custom Email URL (option for GitHub)",
	},
	&cli.StringSliceFlag{
		Name:  "scopes",
		Value: nil,
		Usage: "Scopes to request when to authenticate against this OAuth2 source",
	},
	&cli.BoolFlag{
		Name:  "skip-local-2fa",
		Usage: "Set to true to skip local 2fa for users authenticated by this source",
	},
}

var microcmdAuthAddOauth = &cli.Command{
	Name:   "add-oauth",
	Usage:  "Add new Oauth authentication source",
	Action: runAddOauth,
	Flags:  oauthCLIFlags,
}

var microcmdAuthUpdateOauth = &cli.Command{
	Name:   "update-oauth",
	Usage:  "Update existing Oauth authentication source",
	Action: runUpdateOauth,
	Flags:  append(oauthCLIFlags[:1], append([]cli.Flag{&cli.Int64Flag{Name: "id", Usage: "ID of authentication source"}}, oauthCLIFlags[1:]...)...),
}

func parseOAuth2Config(c *cli.Context) *oauth2.Source {
	var customURLMapping *oauth2.CustomURLMapping
	if c.IsSet("use-custom-urls") {
		customURLMapping = &oauth2.CustomURLMapping{
			TokenURL:   c.String("custom-token-url"),
			AuthURL:    c.String("custom-auth-url"),
			ProfileURL: c.String("custom-profile-url"),
			EmailURL:   c.String("custom-email-url"),
			Tenant:     c.String("custom-tenant-id"),
		}
	} else {
		customURLMapping = nil
	}
	return &oauth2.Source{
		Provider:                      c.String("provider"),
		ClientID:                      c.String("key"),
		ClientSecret:                  c.String("secret"),
		OpenIDConnectAutoDiscoveryURL: c.String("auto-discover-url"),
		CustomURLMapping:              customURLMapping,
		Scopes:                        c.StringSlice("scopes"),
		SkipLocalTwoFA:                c.Bool("skip-local-2fa"),
	}
}

func runAddOauth(c *cli.Context) error {
	ctx, cancel := installSignals()
	defer cancel()

	if err := initDB(ctx); err != nil {
		return err
	}

	config := parseOAuth2Config(c)
	if config.Provider == "openidConnect" {
		discoveryURL, err := url.Parse(config.OpenIDConnectAutoDiscoveryURL)
		if err != nil || (discoveryURL.Scheme != "http" && discoveryURL.Scheme != "https") {
			return fmt.Errorf("invalid Auto Discovery URL: %s (this must be a valid URL starting with http:// or https://)", config.OpenIDConnectAutoDiscoveryURL)
		}
	}

	return auth_model.CreateSource(ctx, &auth_model.Source{
		Type:     auth_model.OAuth2,
		Name:     c.String("name"),
		IsActive: true,
		Cfg:      config,
	})
}

func runUpdateOauth(c *cli.Context) error {
	if !c.IsSet("id") {
		return errors.New("--id flag is missing")
	}
	ctx, cancel := installSignals()
	defer cancel()
	if err := initDB(ctx); err != nil {
		return err
	}
	source, err := auth_model.GetSourceByID(ctx, c.Int64("id"))
	if err != nil {
		return err
	}
	oAuth2Config := source.Cfg.(*oauth2.Source)
	if c.IsSet("key") {
		oAuth2Config.ClientID = c.String("key")
	}
	if c.IsSet("secret") {
		oAuth2Config.ClientSecret = c.String("secret")
	}
	source.Cfg = oAuth2Config
	return auth_model.UpdateSource(ctx, source)
}
