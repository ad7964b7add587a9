package cache

import (
	"context"
	"crypto/tls"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

var (
	client *redis.Client
	ctx    = context.Background()

	ErrDBNotInit = errors.New("redis client not init")
	ErrNotFound  = errors.New("key not found")
)

func InitRedisClient(addr, username, password string, useSsl bool, db int) error {
	opts := &redis.Options{
		Addr:     addr,
		Username: username,
		Password: password,
		DB:       db,
	}
	if useSsl {
		opts.TLSConfig = &tls.Config{}
	}
	client = redis.NewClient(opts)

	if _, err := client.Ping(ctx).Result(); err != nil {
		return err
	}

	return nil
}

func Store(key string, value any, time time.Duration) error {
	if client == nil {
		return ErrDBNotInit
	}
	return client.Set(ctx, key, value, time).Err()
}

func GetString(key string) (string, error) {
	if client == nil {
		return "", ErrDBNotInit
	}
	v, err := client.Get(ctx, key).Result()
	if err == redis.Nil {
		return "", ErrNotFound
	}
	return v, err
}

func Del(key string) error {
	if client == nil {
		return ErrDBNotInit
	}
	return client.Del(ctx, key).Err()
}

func Lock(key string, expire time.Duration, tryLockTimeout time.Duration) error {
	if client == nil {
		return ErrDBNotInit
	}
	deadline := time.Now().Add(tryLockTimeout)
	for time.Now().Before(deadline) {
		ok, err := client.SetNX(ctx, key, "1", expire).Result()
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return errors.New("lock timeout")
}

func Unlock(key string) error {
	return Del(key)
}
