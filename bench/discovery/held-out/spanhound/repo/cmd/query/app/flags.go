// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"flag"
	"time"

	"github.com/spf13/viper"
)

const (
	queryHTTPHostPort   = "query.http-server.host-port"
	queryGRPCHostPort   = "query.grpc-server.host-port"
	queryBasePath       = "query.base-path"
	queryStaticFiles    = "query.static-files"
	queryUIConfig       = "query.ui-config"
	queryMaxClockSkew   = "query.max-clock-skew-adjustment"
	queryEnableTracing  = "query.enable-tracing"
	queryBearerTokenPropagation = "query.bearer-token-propagation"
)

// QueryOptions are the listener and UI settings of the query service.
type QueryOptions struct {
	HTTPHostPort           string
	GRPCHostPort           string
	AdminHostPort          string
	BasePath               string
	StaticAssets           string
	UIConfig               string
	MaxClockSkewAdjust     time.Duration
	EnableTracing          bool
	BearerTokenPropagation bool
}

func AddFlags(fs *flag.FlagSet) {
	fs.String(queryHTTPHostPort, ":16686", "The host:port of the query's HTTP server (UI + /api)")
	fs.String(queryGRPCHostPort, ":16685", "The host:port of the query's gRPC server (api_v2.QueryService, api_v3)")
	fs.String(queryBasePath, "/", "The base path for all HTTP routes, e.g. /spanhound; useful when running behind a reverse proxy")
	fs.String(queryStaticFiles, "", "The directory path override for the static assets for the UI")
	fs.String(queryUIConfig, "", "The path to the UI configuration file in JSON format")
	fs.Duration(queryMaxClockSkew, 0, "The maximum delta by which span timestamps may be adjusted in the UI due to clock skew")
	fs.Bool(queryEnableTracing, false, "Enables emitting spanhound-query traces (exported via OTEL_EXPORTER_OTLP_ENDPOINT)")
	fs.Bool(queryBearerTokenPropagation, false, "Allow propagation of bearer token to be used by storage plugins")
}

func OptionsFromViper(v *viper.Viper) *QueryOptions {
	admin := v.GetString("admin.http.host-port")
	if admin == "" {
		admin = ":16687"
	}
	return &QueryOptions{
		HTTPHostPort:           v.GetString(queryHTTPHostPort),
		GRPCHostPort:           v.GetString(queryGRPCHostPort),
		AdminHostPort:          admin,
		BasePath:               v.GetString(queryBasePath),
		StaticAssets:           v.GetString(queryStaticFiles),
		UIConfig:               v.GetString(queryUIConfig),
		MaxClockSkewAdjust:     v.GetDuration(queryMaxClockSkew),
		EnableTracing:          v.GetBool(queryEnableTracing),
		BearerTokenPropagation: v.GetBool(queryBearerTokenPropagation),
	}
}
