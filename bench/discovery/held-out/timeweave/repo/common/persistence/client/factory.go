package client

import (
	"fmt"

	"go.uber.org/fx"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence"
	"go.timeweave.io/server/common/persistence/cassandra"
	"go.timeweave.io/server/common/persistence/sql"
)

// Module is included by every role: all four roles open the default store.
var Module = fx.Options(
	fx.Provide(DataStoreFactoryProvider),
	fx.Provide(func(f persistence.DataStoreFactory) (persistence.ExecutionManager, error) { return f.NewExecutionStore() }),
	fx.Provide(func(f persistence.DataStoreFactory) (persistence.TaskManager, error) { return f.NewTaskStore() }),
	fx.Provide(func(f persistence.DataStoreFactory) (persistence.ShardManager, error) { return f.NewShardStore() }),
	fx.Provide(func(f persistence.DataStoreFactory) (persistence.MetadataManager, error) { return f.NewMetadataStore() }),
	fx.Provide(func(f persistence.DataStoreFactory) (persistence.ClusterMetadataManager, error) {
		return f.NewClusterMetadataStore()
	}),
	fx.Provide(func(c *config.Config) config.Persistence { return c.Persistence }),
)

// DataStoreFactoryProvider picks cassandra or sql from persistence.datastores[defaultStore].
func DataStoreFactoryProvider(cfg *config.Config) (persistence.DataStoreFactory, error) {
	ds, ok := cfg.Persistence.DataStores[cfg.Persistence.DefaultStore]
	if !ok {
		return nil, fmt.Errorf("default store %q not configured", cfg.Persistence.DefaultStore)
	}
	switch {
	case ds.Cassandra != nil:
		return cassandra.NewFactory(*ds.Cassandra, cfg.ClusterMetadata.CurrentClusterName)
	case ds.SQL != nil:
		return sql.NewFactory(*ds.SQL, cfg.ClusterMetadata.CurrentClusterName)
	default:
		return nil, fmt.Errorf("datastore %q must configure cassandra or sql", cfg.Persistence.DefaultStore)
	}
}
