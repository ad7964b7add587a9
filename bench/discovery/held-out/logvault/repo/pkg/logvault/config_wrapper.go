package logvault

import (
	"flag"
	"fmt"

	"github.com/grafana/dskit/flagext"
)

// ConfigWrapper adds -config.file / -print-config-stderr handling and applies the
// `common` block defaults (storage, ring kvstore, compactor address) to every component.
type ConfigWrapper struct {
	Config          `yaml:",inline"`
	ConfigFile      string
	ConfigExpandEnv bool
}

func (c *ConfigWrapper) RegisterFlags(f *flag.FlagSet) {
	f.StringVar(&c.ConfigFile, "config.file", "config.yaml", "configuration file to load")
	f.BoolVar(&c.ConfigExpandEnv, "config.expand-env", false, "Expands ${var} in config according to the values of the environment variables.")
	c.Config.RegisterFlags(f)
}

func applyCommonRingConfig(r *ConfigWrapper) {
	// default every ring to memberlist when join_members is set and no store was chosen
	if len(r.MemberlistKV.JoinMembers) > 0 && r.Common.Ring.KVStore.Store == "" {
		r.Common.Ring.KVStore.Store = "memberlist"
	}
	r.Ingester.LifecyclerConfig.RingConfig.KVStore = r.Common.Ring.KVStore
	r.Distributor.DistributorRing.KVStore = r.Common.Ring.KVStore
	r.Ruler.Ring.KVStore = r.Common.Ring.KVStore
	r.Compactor.CompactorRing.KVStore = r.Common.Ring.KVStore
	r.IndexGateway.Ring.KVStore = r.Common.Ring.KVStore
}

func applyCommonStorageConfig(r *ConfigWrapper) error {
	s3 := r.Common.Storage.S3
	if s3 == nil {
		return nil
	}
	r.StorageConfig.AWSStorageConfig.S3Config = *s3
	r.RulerStorage.Backend = "s3"
	r.CompactorConfig.DeleteRequestStore = "s3"
	if r.Common.CompactorGRPCAddress == "" && r.Common.CompactorAddress == "" {
		return fmt.Errorf("querier needs common.compactor_address or compactor_grpc_address when deletes are enabled")
	}
	return nil
}

var _ = flagext.StringSliceCSV{}
