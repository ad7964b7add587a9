package dex

import (
	"fmt"
	"regexp"

	"sigs.k8s.io/yaml"

	"github.com/syncwright-io/syncwright/v2/common"
	"github.com/syncwright-io/syncwright/v2/util/settings"
)

// GenerateDexConfigYAML renders the dex server configuration from the dex.config key of
// syncwright-cm. Secrets referenced as $key are substituted from syncwright-secret. Connectors
// (github, gitlab, ldap, saml, oidc, ...) are passed through verbatim to dex.
func GenerateDexConfigYAML(sws *settings.SyncwrightSettings, disableTls bool) ([]byte, error) {
	if !sws.IsDexConfigured() {
		return nil, nil
	}
	redirectURL, err := sws.RedirectURL()
	if err != nil {
		return nil, fmt.Errorf("failed to infer redirect url from config: %w", err)
	}
	var dexCfg map[string]any
	err = yaml.Unmarshal([]byte(sws.DexConfig), &dexCfg)
	if err != nil {
		return nil, fmt.Errorf("failed to unmarshal dex.config from configmap: %w", err)
	}
	dexCfg["issuer"] = sws.IssuerURL()
	dexCfg["storage"] = map[string]any{
		"type": "memory",
	}
	if disableTls {
		dexCfg["web"] = map[string]any{
			"http": "0.0.0.0:5556",
		}
	} else {
		dexCfg["web"] = map[string]any{
			"https":   "0.0.0.0:5556",
			"tlsCert": "/tmp/tls.crt",
			"tlsKey":  "/tmp/tls.key",
		}
	}

	if loggerCfg, found := dexCfg["logger"].(map[string]any); found {
		if _, found := loggerCfg["level"]; !found {
			loggerCfg["level"] = slogLevelFromLogrus(cmdutil.LogLevel)
		}
	} else {
		dexCfg["logger"] = map[string]any{
			"level":  slogLevelFromLogrus(cmdutil.LogLevel),
			"format": cmdutil.LogFormat,
		}
	}

	dexCfg["grpc"] = map[string]any{
		"addr": "0.0.0.0:5557",
	}
	dexCfg["telemetry"] = map[string]any{
		"http": "0.0.0.0:5558",
	}

	if oauth2Cfg, found := dexCfg["oauth2"].(map[string]any); found {
		if _, found := oauth2Cfg["skipApprovalScreen"].(bool); !found {
			oauth2Cfg["skipApprovalScreen"] = true
		}
	} else {
		dexCfg["oauth2"] = map[string]any{
			"skipApprovalScreen": true,
		}
	}

	additionalRedirectURLs, err := sws.RedirectAdditionalURLs()
	if err != nil {
		return nil, fmt.Errorf("failed to infer additional redirect urls from config: %w", err)
	}
	syncwrightStaticClient := map[string]any{
		"id":           common.SyncwrightClientAppID,
		"name":         common.SyncwrightClientAppName,
		"secret":       sws.DexOAuth2ClientSecret(),
		"redirectURIs": append([]string{redirectURL}, additionalRedirectURLs...),
	}
	syncwrightPKCEStaticClient := map[string]any{
		"id":   "syncwright-pkce",
		"name": "Syncwright PKCE",
		"redirectURIs": []string{
			"http://localhost:4000/pkce/verify",
		},
		"public": true,
	}
	syncwrightCLIStaticClient := map[string]any{
		"id":     common.SyncwrightCLIClientAppID,
		"name":   "Syncwright CLI",
		"public": true,
		"redirectURIs": []string{
			"http://localhost",
			"http://localhost:8085/auth/callback",
		},
	}

	staticClients, ok := dexCfg["staticClients"].([]any)
	if ok {
		dexCfg["staticClients"] = append([]any{syncwrightStaticClient, syncwrightCLIStaticClient, syncwrightPKCEStaticClient}, staticClients...)
	} else {
		dexCfg["staticClients"] = []any{syncwrightStaticClient, syncwrightCLIStaticClient, syncwrightPKCEStaticClient}
	}

	dexRedirectURL, err := sws.DexRedirectURL()
	if err != nil {
		return nil, err
	}
	connectors, ok := dexCfg["connectors"].([]any)
	if !ok {
		return nil, fmt.Errorf("malformed Dex configuration found")
	}
	for i, connectorIf := range connectors {
		connector, ok := connectorIf.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("malformed Dex configuration found")
		}
		connectorType := connector["type"].(string)
		if !needsRedirectURI(connectorType) {
			continue
		}
		connectorCfg, ok := connector["config"].(map[string]any)
		if !ok {
			return nil, fmt.Errorf("malformed Dex configuration found")
		}
		connectorCfg["redirectURI"] = dexRedirectURL
		connector["config"] = connectorCfg
		connectors[i] = connector
	}
	dexCfg["connectors"] = connectors
	dexCfg = settings.ReplaceMapSecrets(dexCfg, sws.Secrets)
	return yaml.Marshal(dexCfg)
}

// needsRedirectURI returns whether or not the given connector type needs a redirectURI
// Update this list as necessary, as new connectors are added
// https://dexidp.io/docs/connectors/
func needsRedirectURI(connectorType string) bool {
	switch connectorType {
	case "oidc", "saml", "microsoft", "linkedin", "gitlab", "github", "bitbucket-cloud", "openshift", "gitea", "google", "oauth":
		return true
	}
	return false
}

var secretValuesRe = regexp.MustCompile(`(?m)(clientSecret|bindPW):\s*.*$`)

// Redact hides connector secrets in a rendered dex config before logging
func Redact(s string) string {
	return secretValuesRe.ReplaceAllString(s, "$1: ********")
}

func slogLevelFromLogrus(level string) string {
	switch level {
	case "debug", "info", "warn", "error":
		return level
	}
	return "info"
}
