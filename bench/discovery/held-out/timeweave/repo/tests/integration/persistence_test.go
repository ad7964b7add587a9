package integration

import (
	"context"
	"flag"
	"os"
	"testing"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence"
	"go.timeweave.io/server/common/persistence/cassandra"
	"go.timeweave.io/server/common/persistence/sql"
	esclient "go.timeweave.io/server/common/persistence/visibility/store/elasticsearch"
)

var persistenceType = flag.String("persistenceType", "cassandra", "cassandra or postgres12")

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func newFactory(t *testing.T) persistence.DataStoreFactory {
	switch *persistenceType {
	case "postgres12":
		f, err := sql.NewFactory(config.SQL{
			PluginName: "postgres12", ConnectAddr: envOr("POSTGRES_SEEDS", "127.0.0.1") + ":5432",
			User: "timeweave", Password: "timeweave", DatabaseName: "timeweave_test",
		}, "active")
		if err != nil {
			t.Skip(err)
		}
		return f
	default:
		f, err := cassandra.NewFactory(config.Cassandra{Hosts: envOr("CASSANDRA_SEEDS", "127.0.0.1"), Keyspace: "timeweave_test"}, "active")
		if err != nil {
			t.Skip(err)
		}
		return f
	}
}

func TestShardRoundTrip(t *testing.T) {
	f := newFactory(t)
	defer f.Close()
	sm, _ := f.NewShardStore()
	if _, err := sm.GetOrCreateShard(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
}

func TestESVisibilityConnect(t *testing.T) {
	c, err := esclient.NewClient(&config.Elasticsearch{URL: config.URL{Scheme: "http", Host: "localhost:9200"}})
	if err != nil {
		t.Skip(err)
	}
	if _, err := c.WaitForYellowStatus(context.Background(), "timeweave_visibility_v1_test"); err != nil {
		t.Skip(err)
	}
}
