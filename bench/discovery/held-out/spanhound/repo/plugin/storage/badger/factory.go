// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// Package badger is an embedded storage backend built on dgraph-io/badger.
// Data lives on the local filesystem of the process (BADGER_DIRECTORY_VALUE,
// BADGER_DIRECTORY_KEY); it is meant for all-in-one and remote-storage.
package badger

import (
	"flag"
	"os"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/spf13/viper"
	"go.uber.org/zap"

	bdepstore "github.com/spanhound/spanhound/plugin/storage/badger/dependencystore"
	bspanstore "github.com/spanhound/spanhound/plugin/storage/badger/spanstore"
	"github.com/spanhound/spanhound/storage/dependencystore"
	"github.com/spanhound/spanhound/storage/spanstore"
)

type Options struct {
	Ephemeral      bool
	KeyDirectory   string
	ValueDirectory string
	SpanStoreTTL   time.Duration
	SyncWrites     bool
	MaintenanceInterval time.Duration
}

type Factory struct {
	Options Options
	store   *badger.DB
	logger  *zap.Logger
}

func NewFactory() *Factory { return &Factory{} }

func (f *Factory) AddFlags(fs *flag.FlagSet) {
	fs.Bool("badger.ephemeral", true, "Mark this storage ephemeral, data is stored in tmpfs")
	fs.String("badger.directory-key", "/go/bin/data/keys", "Path to store the keys (indexes)")
	fs.String("badger.directory-value", "/go/bin/data/values", "Path to store the values (spans)")
	fs.Duration("badger.span-store-ttl", 72*time.Hour, "How long to store the data")
	fs.Bool("badger.consistency", false, "If all writes should be synced immediately to physical disk")
	fs.Duration("badger.maintenance-interval", 5*time.Minute, "How often the maintenance thread for values is ran")
}

func (f *Factory) InitFromViper(v *viper.Viper, logger *zap.Logger) {
	f.Options = Options{
		Ephemeral:           v.GetBool("badger.ephemeral"),
		KeyDirectory:        v.GetString("badger.directory-key"),
		ValueDirectory:      v.GetString("badger.directory-value"),
		SpanStoreTTL:        v.GetDuration("badger.span-store-ttl"),
		SyncWrites:          v.GetBool("badger.consistency"),
		MaintenanceInterval: v.GetDuration("badger.maintenance-interval"),
	}
	f.logger = logger
}

func (f *Factory) Initialize(logger *zap.Logger) error {
	opts := badger.DefaultOptions("")
	if f.Options.Ephemeral {
		dir, err := os.MkdirTemp("", "badger")
		if err != nil {
			return err
		}
		opts = opts.WithDir(dir).WithValueDir(dir).WithInMemory(false)
	} else {
		opts = opts.WithDir(f.Options.KeyDirectory).WithValueDir(f.Options.ValueDirectory).WithSyncWrites(f.Options.SyncWrites)
	}
	db, err := badger.Open(opts)
	if err != nil {
		return err
	}
	f.store = db
	go f.maintenance()
	return nil
}

func (f *Factory) maintenance() {
	t := time.NewTicker(f.Options.MaintenanceInterval)
	defer t.Stop()
	for range t.C {
		for f.store.RunValueLogGC(0.5) == nil {
		}
	}
}

func (f *Factory) CreateSpanReader() (spanstore.Reader, error) {
	return bspanstore.NewTraceReader(f.store), nil
}

func (f *Factory) CreateSpanWriter() (spanstore.Writer, error) {
	return bspanstore.NewSpanWriter(f.store, f.Options.SpanStoreTTL), nil
}

func (f *Factory) CreateDependencyReader() (dependencystore.Reader, error) {
	return bdepstore.NewDependencyStore(f.store), nil
}
