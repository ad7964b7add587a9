// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package kafka

import (
	"flag"

	"github.com/spf13/viper"

	"github.com/spanhound/spanhound/pkg/config"
)

const (
	configPrefix        = "kafka.producer"
	suffixBrokers       = ".brokers"
	suffixTopic         = ".topic"
	suffixEncoding      = ".encoding"
	suffixRequiredAcks  = ".required-acks"
	suffixCompression   = ".compression"
	suffixProtocolVer   = ".protocol-version"
	suffixBatchLinger   = ".batch-linger"
	suffixAuthentication = ".authentication"

	// EncodingJSON is used for spans encoded as JSON.
	EncodingJSON = "json"
	// EncodingProto is used for spans encoded as Protobuf.
	EncodingProto = "protobuf"

	defaultBroker = "127.0.0.1:9092"
	defaultTopic  = "spanhound-spans"
)

// Options for the Kafka span writer (env: KAFKA_PRODUCER_BROKERS, KAFKA_PRODUCER_TOPIC,
// KAFKA_PRODUCER_ENCODING ...). The consumer side lives in cmd/ingester.
type Options struct {
	Brokers         []string
	Topic           string
	Encoding        string
	RequiredAcks    string
	Compression     string
	ProtocolVersion string
	Authentication  string
}

func (o *Options) AddFlags(fs *flag.FlagSet) {
	fs.String(configPrefix+suffixBrokers, defaultBroker, "The comma-separated list of kafka brokers. i.e. '127.0.0.1:9092,0.0.0:1234'")
	fs.String(configPrefix+suffixTopic, defaultTopic, "The name of the kafka topic")
	fs.String(configPrefix+suffixEncoding, EncodingProto, "Encoding of spans (\"json\" or \"protobuf\") sent to kafka.")
	fs.String(configPrefix+suffixRequiredAcks, "local", "(experimental) Required kafka broker acknowledgement. i.e. noack, local, all")
	fs.String(configPrefix+suffixCompression, "none", "(experimental) Type of compression (none, gzip, snappy, lz4, zstd)")
	fs.String(configPrefix+suffixProtocolVer, "", "Kafka protocol version - must be supported by kafka server")
	fs.String(configPrefix+suffixAuthentication, "none", "Authentication type used to authenticate with kafka cluster. e.g. none, kerberos, tls, plaintext")
}

func (o *Options) InitFromViper(v *viper.Viper) {
	o.Brokers = config.SplitList(v.GetString(configPrefix + suffixBrokers))
	o.Topic = v.GetString(configPrefix + suffixTopic)
	o.Encoding = v.GetString(configPrefix + suffixEncoding)
	o.RequiredAcks = v.GetString(configPrefix + suffixRequiredAcks)
	o.Compression = v.GetString(configPrefix + suffixCompression)
	o.ProtocolVersion = v.GetString(configPrefix + suffixProtocolVer)
	o.Authentication = v.GetString(configPrefix + suffixAuthentication)
}
