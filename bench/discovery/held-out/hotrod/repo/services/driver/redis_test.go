package driver

import (
	"context"
	"testing"

	"github.com/alicebob/miniredis/v2"
	"go.uber.org/zap"

	"github.com/quickcab/quickcab/services/config"
)

func TestSeedAndFind(t *testing.T) {
	config.RedisErrorRate = 0
	mr := miniredis.RunT(t)

	loc := NewRedisLocations(mr.Addr(), zap.NewNop())
	ctx := context.Background()
	if err := loc.SeedIfEmpty(ctx); err != nil {
		t.Fatal(err)
	}
	ids, err := loc.FindDriverIDs(ctx, "115,277")
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 10 {
		t.Fatalf("want 10 candidates, got %d", len(ids))
	}
	d, err := loc.GetDriver(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if d.Location == "" {
		t.Error("driver without location")
	}
}
