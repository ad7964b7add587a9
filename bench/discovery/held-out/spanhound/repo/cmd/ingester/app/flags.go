// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package app

import (
	"flag"
	"time"

	"github.com/spf13/viper"

	"github.com/spanhound/spanhound/pkg/config"
)

const (
	consumerPrefix        = "kafka.consumer"
	suffixBrokers         = ".brokers"
	suffixTopic           = ".topic"
	suffixGroupID         = ".group-id"
	suffixClientID        = ".client-id"
	suffixEncoding        = ".encoding"
	suffixProtocolVersion = ".protocol-version"
	suffixRackID          = ".rack-id"
	suffixFetchMaxMessageBytes = ".fetch-max-message-bytes"
	ingesterPrefix        = "ingester"
	suffixParallelism     = ".parallelism"
	suffixDeadlockInterval = ".deadlockInterval"

	defaultBroker   = "127.0.0.1:9092"
	defaultTopic    = "spanhound-spans"
	defaultGroupID  = "spanhound-ingester"
	defaultClientID = "spanhound-ingester"
)

// Options for the ingester. Env equivalents: KAFKA_CONSUMER_BROKERS,
// KAFKA_CONSUMER_TOPIC, KAFKA_CONSUMER_GROUP_ID, INGESTER_PARALLELISM ...
type Options struct {
	Brokers          []string
	Topic            string
	GroupID          string
	ClientID         string
	Encoding         string
	ProtocolVersion  string
	RackID           string
	FetchMaxMessageBytes int32
	Parallelism      int
	DeadlockInterval time.Duration
	AdminHostPort    string
}

func AddFlags(fs *flag.FlagSet) {
	fs.String(consumerPrefix+suffixBrokers, defaultBroker, "The comma-separated list of kafka brokers. i.e. '127.0.0.1:9092,0.0.0:1234'")
	fs.String(consumerPrefix+suffixTopic, defaultTopic, "The name of the kafka topic to consume from")
	fs.String(consumerPrefix+suffixGroupID, defaultGroupID, "The Consumer Group that ingester will be consuming on behalf of")
	fs.String(consumerPrefix+suffixClientID, defaultClientID, "The Consumer Client ID that ingester will use")
	fs.String(consumerPrefix+suffixEncoding, "protobuf", "The encoding of spans (\"json\", \"protobuf\", \"zipkin-thrift\") consumed from kafka")
	fs.String(consumerPrefix+suffixProtocolVersion, "", "Kafka protocol version - must be supported by kafka server")
	fs.String(consumerPrefix+suffixRackID, "", "Rack identifier for this client, used for fetch-from-follower")
	fs.Int(consumerPrefix+suffixFetchMaxMessageBytes, 1024*1024, "The maximum number of message bytes to fetch from the broker in a single request")
	fs.Int(ingesterPrefix+suffixParallelism, 1000, "The number of messages to process in parallel")
	fs.Duration(ingesterPrefix+suffixDeadlockInterval, 0, "Interval to check for deadlocks. If no messages gets processed in given time, ingester app will exit. Value of 0 disables deadlock check.")
}

func OptionsFromViper(v *viper.Viper) *Options {
	admin := v.GetString("admin.http.host-port")
	if admin == "" {
		admin = ":14270"
	}
	return &Options{
		Brokers:          config.SplitList(v.GetString(consumerPrefix + suffixBrokers)),
		Topic:            v.GetString(consumerPrefix + suffixTopic),
		GroupID:          v.GetString(consumerPrefix + suffixGroupID),
		ClientID:         v.GetString(consumerPrefix + suffixClientID),
		Encoding:         v.GetString(consumerPrefix + suffixEncoding),
		ProtocolVersion:  v.GetString(consumerPrefix + suffixProtocolVersion),
		RackID:           v.GetString(consumerPrefix + suffixRackID),
		FetchMaxMessageBytes: v.GetInt32(consumerPrefix + suffixFetchMaxMessageBytes),
		Parallelism:      v.GetInt(ingesterPrefix + suffixParallelism),
		DeadlockInterval: v.GetDuration(ingesterPrefix + suffixDeadlockInterval),
		AdminHostPort:    admin,
	}
}
