// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package es

import (
	"flag"
	"time"

	"github.com/spf13/viper"

	"github.com/spanhound/spanhound/pkg/config"
)

const (
	primaryNamespace = "es"
	archiveNamespace = "es-archive"

	suffixServerURLs       = ".server-urls"
	suffixUsername         = ".username"
	suffixPassword         = ".password"
	suffixSniffer          = ".sniffer"
	suffixIndexPrefix      = ".index-prefix"
	suffixUseAliases       = ".use-aliases"
	suffixNumShards        = ".num-shards"
	suffixNumReplicas      = ".num-replicas"
	suffixCreateTemplate   = ".create-index-templates"
	suffixBulkSize         = ".bulk.size"
	suffixBulkWorkers      = ".bulk.workers"
	suffixBulkFlush        = ".bulk.flush-interval"
	suffixMaxSpanAge       = ".max-span-age"
	suffixVersion          = ".version"
	suffixUseILM           = ".use-ilm"
	suffixTLSEnabled       = ".tls.enabled"
	defaultServerURL       = "http://127.0.0.1:9200"
)

// Options for the Elasticsearch backend. Env equivalents: ES_SERVER_URLS,
// ES_INDEX_PREFIX, ES_USE_ALIASES, ES_NUM_SHARDS, ES_ARCHIVE_ENABLED ...
type Options struct {
	ServerURLs          []string
	Username            string
	Password            string
	Sniffer             bool
	IndexPrefix         string
	UseAliases          bool
	NumShards           int
	NumReplicas         int
	CreateIndexTemplate bool
	BulkSize            int
	BulkWorkers         int
	BulkFlushInterval   time.Duration
	MaxSpanAge          time.Duration
	Version             uint
	UseILM              bool
	TLSEnabled          bool
	Archive             bool
}

func (o *Options) AddFlags(fs *flag.FlagSet) {
	fs.String(primaryNamespace+suffixServerURLs, defaultServerURL, "The comma-separated list of Elasticsearch servers, must be full url i.e. http://localhost:9200")
	fs.String(primaryNamespace+suffixUsername, "", "The username required by Elasticsearch")
	fs.String(primaryNamespace+suffixPassword, "", "The password required by Elasticsearch")
	fs.Bool(primaryNamespace+suffixSniffer, false, "The sniffer config for Elasticsearch")
	fs.String(primaryNamespace+suffixIndexPrefix, "", "Optional prefix of Spanhound indices, e.g. 'production' makes 'production-spanhound-span-*'")
	fs.Bool(primaryNamespace+suffixUseAliases, false, "Use read and write aliases for indices (requires es-rollover)")
	fs.Int(primaryNamespace+suffixNumShards, 5, "The number of shards per index")
	fs.Int(primaryNamespace+suffixNumReplicas, 1, "The number of replicas per index")
	fs.Bool(primaryNamespace+suffixCreateTemplate, true, "Create index templates at application startup")
	fs.Int(primaryNamespace+suffixBulkSize, 5_000_000, "The number of bytes that the bulk requests can take up before the bulk processor decides to commit")
	fs.Int(primaryNamespace+suffixBulkWorkers, 1, "The number of workers that are able to receive bulk requests")
	fs.Duration(primaryNamespace+suffixBulkFlush, 200*time.Millisecond, "A time.Duration after which bulk requests are committed")
	fs.Duration(primaryNamespace+suffixMaxSpanAge, 72*time.Hour, "The maximum lookback for spans in Elasticsearch")
	fs.Uint(primaryNamespace+suffixVersion, 0, "The major Elasticsearch version. If not specified, the value will be auto-detected")
	fs.Bool(primaryNamespace+suffixUseILM, false, "Use ILM to manage indices (requires es.use-aliases)")
	fs.Bool(primaryNamespace+suffixTLSEnabled, false, "Enable TLS towards Elasticsearch")
	fs.Bool(archiveNamespace+".enabled", false, "Enable extra storage for archived traces")
}

func (o *Options) InitFromViper(v *viper.Viper) {
	o.ServerURLs = config.SplitList(v.GetString(primaryNamespace + suffixServerURLs))
	o.Username = v.GetString(primaryNamespace + suffixUsername)
	o.Password = v.GetString(primaryNamespace + suffixPassword)
	o.Sniffer = v.GetBool(primaryNamespace + suffixSniffer)
	o.IndexPrefix = v.GetString(primaryNamespace + suffixIndexPrefix)
	o.UseAliases = v.GetBool(primaryNamespace + suffixUseAliases)
	o.NumShards = v.GetInt(primaryNamespace + suffixNumShards)
	o.NumReplicas = v.GetInt(primaryNamespace + suffixNumReplicas)
	o.CreateIndexTemplate = v.GetBool(primaryNamespace + suffixCreateTemplate)
	o.BulkSize = v.GetInt(primaryNamespace + suffixBulkSize)
	o.BulkWorkers = v.GetInt(primaryNamespace + suffixBulkWorkers)
	o.BulkFlushInterval = v.GetDuration(primaryNamespace + suffixBulkFlush)
	o.MaxSpanAge = v.GetDuration(primaryNamespace + suffixMaxSpanAge)
	o.Version = v.GetUint(primaryNamespace + suffixVersion)
	o.UseILM = v.GetBool(primaryNamespace + suffixUseILM)
	o.TLSEnabled = v.GetBool(primaryNamespace + suffixTLSEnabled)
	o.Archive = v.GetBool(archiveNamespace + ".enabled")
}
