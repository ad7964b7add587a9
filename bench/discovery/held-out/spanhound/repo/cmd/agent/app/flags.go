// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"flag"

	"github.com/spf13/viper"
)

// Options are the agent's UDP/HTTP listener settings (all inbound).
type Options struct {
	CompactHostPort  string // processor.spanhound-compact.server-host-port
	BinaryHostPort   string // processor.spanhound-binary.server-host-port
	ZipkinCompactHostPort string
	SamplingHostPort string // http-server.host-port, serves /sampling for SDKs
	AdminHostPort    string
}

func AddFlags(fs *flag.FlagSet) {
	fs.String("processor.spanhound-compact.server-host-port", ":6831", "host:port for the UDP server (thrift compact)")
	fs.String("processor.spanhound-binary.server-host-port", ":6832", "host:port for the UDP server (thrift binary)")
	fs.String("processor.zipkin-compact.server-host-port", ":5775", "(deprecated) host:port for the zipkin thrift compact UDP server")
	fs.String("http-server.host-port", ":5778", "host:port of the http server (e.g. for /sampling point and /baggageRestrictions endpoint)")
}

func OptionsFromViper(v *viper.Viper) *Options {
	admin := v.GetString("admin.http.host-port")
	if admin == "" {
		admin = ":14271"
	}
	return &Options{
		CompactHostPort:       v.GetString("processor.spanhound-compact.server-host-port"),
		BinaryHostPort:        v.GetString("processor.spanhound-binary.server-host-port"),
		ZipkinCompactHostPort: v.GetString("processor.zipkin-compact.server-host-port"),
		SamplingHostPort:      v.GetString("http-server.host-port"),
		AdminHostPort:         admin,
	}
}
