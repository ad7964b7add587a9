package data

import (
	"context"
	"os"
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-redis/redis/v8"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/maltworks/hopstore/app/catalog/service/internal/biz"
	"github.com/maltworks/hopstore/app/catalog/service/internal/conf"
)

// Integration test: needs a throwaway MySQL, e.g. the one from .github/workflows/ci.yml.
func testConf(t *testing.T, redisAddr string) *conf.Data {
	dsn := os.Getenv("HOPSTORE_TEST_MYSQL_DSN")
	if dsn == "" {
		dsn = "root:root@tcp(127.0.0.1:3306)/hopstore_test?parseTime=true"
	}
	return &conf.Data{
		Database: &conf.Data_Database{Driver: "mysql", Source: dsn},
		Redis:    &conf.Data_Redis{Addr: redisAddr, CacheTtl: durationpb.New(0)},
	}
}

func TestBeerRepo_CreateAndGet(t *testing.T) {
	if testing.Short() {
		t.Skip("integration")
	}
	mr := miniredis.RunT(t)
	c := testConf(t, mr.Addr())
	logger := log.DefaultLogger

	entClient := NewEntClient(c, logger)
	rdb := redis.NewClient(&redis.Options{Addr: mr.Addr()})
	d, cleanup, err := NewData(entClient, rdb, logger)
	require.NoError(t, err)
	defer cleanup()

	repo := NewBeerRepo(d, c, logger)
	ctx := context.Background()
	created, err := repo.CreateBeer(ctx, &biz.Beer{Name: "Test Pils", Price: 300, Stock: 5})
	require.NoError(t, err)

	got, err := repo.GetBeer(ctx, created.Id)
	require.NoError(t, err)
	require.Equal(t, "Test Pils", got.Name)
	require.True(t, mr.Exists(beerCacheKey(created.Id)))

	require.ErrorIs(t, repo.ReserveStock(ctx, 1, []biz.StockLine{{BeerId: created.Id, Quantity: 10}}), biz.ErrInsufficientStock)
}
