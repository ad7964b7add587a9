package driver

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"time"

	"github.com/redis/go-redis/v9"
	"go.opentelemetry.io/otel"
	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/delay"
	"github.com/quickcab/quickcab/services/config"
)

// Driver is a car and its current location.
type Driver struct {
	DriverID string
	Location string
}

const (
	fleetKey      = "quickcab:drivers"          // SET of driver IDs
	driverKeyPfx  = "quickcab:driver:"          // HASH per driver: location
	fleetSize     = 50
)

// ErrTimeout is returned by the simulated flaky read.
var ErrTimeout = errors.New("redis timeout")

// RedisLocations keeps driver locations in Redis.
type RedisLocations struct {
	rdb    *redis.Client
	logger *zap.Logger
}

// NewRedisLocations connects to Redis at addr ("host:port").
func NewRedisLocations(addr string, logger *zap.Logger) *RedisLocations {
	rdb := redis.NewClient(&redis.Options{
		Addr:         addr,
		DB:           0,
		DialTimeout:  2 * time.Second,
		ReadTimeout:  500 * time.Millisecond,
		PoolSize:     20,
	})
	return &RedisLocations{rdb: rdb, logger: logger}
}

// FindDriverIDs returns candidate drivers near location.
func (r *RedisLocations) FindDriverIDs(ctx context.Context, location string) ([]string, error) {
	ctx, span := otel.Tracer("driver").Start(ctx, "redis FindDriverIDs")
	defer span.End()
	delay.Sleep(config.RedisFindDelay, config.RedisFindDelay/4)

	ids, err := r.rdb.SRandMemberN(ctx, fleetKey, 10).Result()
	if err != nil {
		return nil, fmt.Errorf("find drivers near %s: %w", location, err)
	}
	return ids, nil
}

// GetDriver reads a driver's location. One in config.RedisErrorRate calls fails
// on purpose so the traces show retries.
func (r *RedisLocations) GetDriver(ctx context.Context, driverID string) (Driver, error) {
	ctx, span := otel.Tracer("driver").Start(ctx, "redis GetDriver")
	defer span.End()
	delay.Sleep(config.RedisGetDelay, config.RedisGetDelay/4)

	if config.RedisErrorRate > 0 && rand.Intn(config.RedisErrorRate) == 0 {
		span.RecordError(ErrTimeout)
		return Driver{}, ErrTimeout
	}

	loc, err := r.rdb.HGet(ctx, driverKeyPfx+driverID, "location").Result()
	if err != nil {
		return Driver{}, err
	}
	return Driver{DriverID: driverID, Location: loc}, nil
}

// SeedIfEmpty creates a random fleet the first time the service starts.
func (r *RedisLocations) SeedIfEmpty(ctx context.Context) error {
	if ctx == nil {
		ctx = context.Background()
	}
	n, err := r.rdb.SCard(ctx, fleetKey).Result()
	if err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	pipe := r.rdb.TxPipeline()
	for i := 0; i < fleetSize; i++ {
		id := fmt.Sprintf("T7%05dC", rand.Intn(100000))
		pipe.SAdd(ctx, fleetKey, id)
		pipe.HSet(ctx, driverKeyPfx+id, "location", fmt.Sprintf("%d,%d", rand.Intn(1000), rand.Intn(1000)))
	}
	_, err = pipe.Exec(ctx)
	r.logger.Sugar().Infof("seeded %d drivers", fleetSize)
	return err
}

// Previously driver lookups were cached in memcached; removed when Redis got fast enough.
// func newCache() *memcache.Client {
// 	return memcache.New("memcached:11211")
// }
