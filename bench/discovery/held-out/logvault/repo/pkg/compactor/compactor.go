package compactor

import (
	"context"
	"flag"
	"time"

	"github.com/grafana/dskit/ring"
	"github.com/grafana/dskit/services"

	"github.com/logvault/logvault/v3/pkg/compactor/deletion"
	"github.com/logvault/logvault/v3/pkg/storage/chunk/client"
	"github.com/logvault/logvault/v3/pkg/storage/config"
)

type Config struct {
	WorkingDirectory   string        `yaml:"working_directory"`
	CompactionInterval time.Duration `yaml:"compaction_interval"`
	RetentionEnabled   bool          `yaml:"retention_enabled"`
	DeleteRequestStore string        `yaml:"delete_request_store"`
	CompactorRing      RingConfig    `yaml:"compactor_ring,omitempty"`
}

func (cfg *Config) RegisterFlags(f *flag.FlagSet) {
	f.StringVar(&cfg.WorkingDirectory, "compactor.working-directory", "/var/logvault/compactor", "Directory where files can be downloaded for compaction.")
	f.DurationVar(&cfg.CompactionInterval, "compactor.compaction-interval", 10*time.Minute, "Interval at which to re-run the compaction operation.")
	f.StringVar(&cfg.DeleteRequestStore, "compactor.delete-request-store", "", "Store used for managing delete requests.")
}

// Compactor downloads index tables from the object store, merges them, applies retention
// and delete requests (deleting chunks from the bucket) and uploads the result.
type Compactor struct {
	services.Service
	cfg                       Config
	indexStorageClient        storage.Client
	objectClients             map[config.DayTime]client.ObjectClient
	DeleteRequestsHandler     *deletion.DeleteRequestHandler
	DeleteRequestsGRPCHandler *deletion.GRPCRequestHandler
	ringLifecycler            *ring.BasicLifecycler
}

func NewCompactor(cfg Config, objectStoreClients map[config.DayTime]client.ObjectClient, deleteStoreClient client.ObjectClient, schemaConfig config.SchemaConfig, limits Limits, r prometheus.Registerer) (*Compactor, error) {
	c := &Compactor{cfg: cfg, objectClients: objectStoreClients}
	deleteStore, err := deletion.NewDeleteRequestsStore(deletion.DeleteRequestsStoreDBType(cfg.DeleteRequestStore), cfg.WorkingDirectory, deleteStoreClient)
	if err != nil {
		return nil, err
	}
	c.DeleteRequestsHandler = deletion.NewDeleteRequestHandler(deleteStore, 24*time.Hour, r)
	c.DeleteRequestsGRPCHandler = deletion.NewGRPCRequestHandler(deleteStore, limits)
	c.Service = services.NewBasicService(nil, c.loop, nil)
	return c, nil
}

func (c *Compactor) loop(ctx context.Context) error {
	t := time.NewTicker(c.cfg.CompactionInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			_ = c.RunCompaction(ctx, c.cfg.RetentionEnabled)
		case <-ctx.Done():
			return nil
		}
	}
}

func (c *Compactor) RunCompaction(ctx context.Context, applyRetention bool) error {
	tables, err := c.indexStorageClient.ListTables(ctx)
	if err != nil {
		return err
	}
	for _, tableName := range tables {
		if err := c.CompactTable(ctx, tableName, applyRetention); err != nil {
			level.Error(util_log.Logger).Log("msg", "failed to compact table", "table", tableName, "err", err)
		}
	}
	return nil
}
