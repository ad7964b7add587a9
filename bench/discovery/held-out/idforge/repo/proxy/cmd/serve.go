// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package cmd

import (
	"fmt"
	"net/http"

	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"

	"github.com/idforge/idforge/proxy/driver/configuration"
	"github.com/idforge/idforge/proxy/pipeline/authn"
	"github.com/idforge/idforge/proxy/pipeline/authz"
	"github.com/idforge/idforge/proxy/proxy"
	"github.com/idforge/idforge/proxy/rule"
)

var RootCmd = &cobra.Command{
	Use:   "proxy",
	Short: "Idforge Proxy - an Identity & Access Proxy (IAP) and Access Control Decision API",
}

var serveCmd = &cobra.Command{Use: "serve", Short: "Starts the HTTP/2 REST API and HTTP/2 Reverse Proxy"}

var serveProxyCmd = &cobra.Command{
	Use:   "proxy",
	Short: "Starts the reverse proxy",
	RunE: func(cmd *cobra.Command, _ []string) error {
		path, _ := cmd.Flags().GetString("config")
		c, err := configuration.New(path)
		if err != nil {
			return err
		}
		l := logrus.New()

		rules, err := rule.NewFetcherDefault(c, l).Fetch(cmd.Context())
		if err != nil {
			return err
		}

		p := proxy.NewProxy(rules, l,
			map[string]authn.Authenticator{
				"anonymous":            authn.NewAuthenticatorAnonymous(c),
				"noop":                 authn.NewAuthenticatorNoop(),
				"cookie_session":       authn.NewAuthenticatorCookieSession(c),
				"oauth2_introspection": authn.NewAuthenticatorOAuth2Introspection(c),
			},
			map[string]authz.Authorizer{
				"allow":       authz.NewAuthorizerAllow(),
				"remote_json": authz.NewAuthorizerRemoteJSON(c),
			},
		)

		addr := fmt.Sprintf(":%d", c.ProxyServePort())
		l.Infof("Listening on %s", addr)
		return http.ListenAndServe(addr, p)
	},
}

func init() {
	serveCmd.PersistentFlags().StringP("config", "c", "", "Config file")
	serveCmd.AddCommand(serveProxyCmd)
	RootCmd.AddCommand(serveCmd)
}
