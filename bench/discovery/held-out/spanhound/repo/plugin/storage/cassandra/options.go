// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package cassandra

import (
	"flag"
	"time"

	"github.com/spf13/viper"

	"github.com/spanhound/spanhound/pkg/config"
)

const (
	primaryStorageConfig = "cassandra"
	archiveStorageConfig = "cassandra-archive"

	suffixServers           = ".servers"
	suffixPort              = ".port"
	suffixKeyspace          = ".keyspace"
	suffixLocalDC           = ".local-dc"
	suffixConsistency       = ".consistency"
	suffixUsername          = ".username"
	suffixPassword          = ".password"
	suffixTLS               = ".tls.enabled"
	suffixSpanStoreWriteTTL = ".span-store-write-cache-ttl"
	suffixIndexTags         = ".index.tags"
)

// Options holds cassandra session configuration. Every flag maps to an env var,
// e.g. --cassandra.servers -> CASSANDRA_SERVERS, --cassandra.keyspace -> CASSANDRA_KEYSPACE.
type Options struct {
	Servers        []string
	Port           int
	Keyspace       string
	LocalDC        string
	Consistency    string
	Username       string
	Password       string
	TLSEnabled     bool
	WriteCacheTTL  time.Duration
	IndexTags      bool
	ConnectTimeout time.Duration
}

func (o *Options) AddFlags(fs *flag.FlagSet) {
	fs.String(primaryStorageConfig+suffixServers, "127.0.0.1", "The comma-separated list of Cassandra servers")
	fs.Int(primaryStorageConfig+suffixPort, 9042, "The port for cassandra")
	fs.String(primaryStorageConfig+suffixKeyspace, "spanhound_v1_dc1", "The Cassandra keyspace for Spanhound data")
	fs.String(primaryStorageConfig+suffixLocalDC, "", "The name of the Cassandra local data center for DC Aware host selection")
	fs.String(primaryStorageConfig+suffixConsistency, "LOCAL_ONE", "The Cassandra consistency level")
	fs.String(primaryStorageConfig+suffixUsername, "", "Username for password authentication")
	fs.String(primaryStorageConfig+suffixPassword, "", "Password for password authentication")
	fs.Bool(primaryStorageConfig+suffixTLS, false, "Enable TLS")
	fs.Duration(primaryStorageConfig+suffixSpanStoreWriteTTL, 12*time.Hour, "The duration to wait before rewriting an existing service or operation name")
	fs.Bool(primaryStorageConfig+suffixIndexTags, true, "Controls tag indexing")
}

func (o *Options) InitFromViper(v *viper.Viper) {
	o.Servers = config.SplitList(v.GetString(primaryStorageConfig + suffixServers))
	o.Port = v.GetInt(primaryStorageConfig + suffixPort)
	o.Keyspace = v.GetString(primaryStorageConfig + suffixKeyspace)
	o.LocalDC = v.GetString(primaryStorageConfig + suffixLocalDC)
	o.Consistency = v.GetString(primaryStorageConfig + suffixConsistency)
	o.Username = v.GetString(primaryStorageConfig + suffixUsername)
	o.Password = v.GetString(primaryStorageConfig + suffixPassword)
	o.TLSEnabled = v.GetBool(primaryStorageConfig + suffixTLS)
	o.WriteCacheTTL = v.GetDuration(primaryStorageConfig + suffixSpanStoreWriteTTL)
	o.IndexTags = v.GetBool(primaryStorageConfig + suffixIndexTags)
	o.ConnectTimeout = 10 * time.Second
}
