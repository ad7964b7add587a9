// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"flag"

	"github.com/spf13/viper"
)

const (
	flagNumWorkers      = "collector.num-workers"
	flagQueueSize       = "collector.queue-size"
	flagGRPCHostPort    = "collector.grpc-server.host-port"
	flagHTTPHostPort    = "collector.http-server.host-port"
	flagOTLPEnabled     = "collector.otlp.enabled"
	flagOTLPGRPCPort    = "collector.otlp.grpc.host-port"
	flagOTLPHTTPPort    = "collector.otlp.http.host-port"
	flagZipkinHostPort  = "collector.zipkin.host-port"
	flagAdminHostPort   = "admin.http.host-port"
	flagTagsAsFields    = "collector.tags"
)

// Options holds the collector's listener configuration. These are server
// ports the collector binds; it does not dial out on any of them.
type Options struct {
	NumWorkers       int
	QueueSize        int
	GRPCHostPort     string
	HTTPHostPort     string
	OTLPEnabled      bool
	OTLPGRPCHostPort string
	OTLPHTTPHostPort string
	ZipkinHostPort   string
	AdminHostPort    string
	CollectorTags    string
}

func AddFlags(fs *flag.FlagSet) {
	fs.Int(flagNumWorkers, 50, "The number of workers pulling items from the queue")
	fs.Int(flagQueueSize, 2000, "The queue size of the collector")
	fs.String(flagGRPCHostPort, ":14250", "The host:port (e.g. 127.0.0.1:14250 or :14250) of the collector's gRPC server (api_v2 CollectorService + SamplingManager)")
	fs.String(flagHTTPHostPort, ":14268", "The host:port of the collector's HTTP server (thrift /api/traces and /api/sampling)")
	fs.Bool(flagOTLPEnabled, true, "Enables OpenTelemetry OTLP receiver on dedicated HTTP and gRPC ports")
	fs.String(flagOTLPGRPCPort, ":4317", "The host:port of the OTLP gRPC receiver")
	fs.String(flagOTLPHTTPPort, ":4318", "The host:port of the OTLP HTTP receiver")
	fs.String(flagZipkinHostPort, "", "The host:port of the Zipkin-compatible receiver, e.g. :9411. Disabled when empty")
	fs.String(flagTagsAsFields, "", "One or more tags to be added to the Process tags of all spans passing through this collector. Ex: key1=value1,key2=${envVar:defaultValue}")
}

func OptionsFromViper(v *viper.Viper) *Options {
	admin := v.GetString(flagAdminHostPort)
	if admin == "" {
		admin = ":14269"
	}
	return &Options{
		NumWorkers:       v.GetInt(flagNumWorkers),
		QueueSize:        v.GetInt(flagQueueSize),
		GRPCHostPort:     v.GetString(flagGRPCHostPort),
		HTTPHostPort:     v.GetString(flagHTTPHostPort),
		OTLPEnabled:      v.GetBool(flagOTLPEnabled),
		OTLPGRPCHostPort: v.GetString(flagOTLPGRPCPort),
		OTLPHTTPHostPort: v.GetString(flagOTLPHTTPPort),
		ZipkinHostPort:   v.GetString(flagZipkinHostPort),
		AdminHostPort:    admin,
		CollectorTags:    v.GetString(flagTagsAsFields),
	}
}
