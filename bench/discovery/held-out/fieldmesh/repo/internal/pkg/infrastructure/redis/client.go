//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

// Package redis is the Redis implementation of the core-data, core-metadata,
// support-notifications and support-scheduler DB clients.
package redis

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/fieldmesh/go-mod-core-contracts/v3/clients/logger"
	"github.com/fieldmesh/go-mod-core-contracts/v3/errors"
	model "github.com/fieldmesh/go-mod-core-contracts/v3/models"
	"github.com/gomodule/redigo/redis"

	"github.com/fieldmesh/go-mod-bootstrap/v3/config"
)

const (
	EventsCollection   = "cd|evt"
	ReadingsCollection = "cd|rd"
	DeviceCollection   = "md|dv"
	ProfileCollection  = "md|dp"
	ServiceCollection  = "md|ds"
)

type Client struct {
	Pool          *redis.Pool
	BatchSize     int
	loggingClient logger.LoggingClient
}

// NewClient builds a connection pool from the service's Database configuration section.
// Host/Port come from configuration.yaml, the common config and env overrides
// (DATABASE_HOST / DATABASE_PORT); credentials are read from the secret store.
func NewClient(dbConfig config.Database, credentials config.Credentials, lc logger.LoggingClient) (*Client, errors.FieldmeshError) {
	connectionString := fmt.Sprintf("%s:%d", dbConfig.Host, dbConfig.Port)
	timeout, err := time.ParseDuration(dbConfig.Timeout)
	if err != nil {
		return nil, errors.NewCommonFieldmeshError(errors.KindContractInvalid, "invalid Database.Timeout", err)
	}

	opts := []redis.DialOption{
		redis.DialConnectTimeout(timeout),
		redis.DialUsername(credentials.Username),
		redis.DialPassword(credentials.Password),
	}

	lc.Infof("connecting to redis database at %s", connectionString)
	return &Client{
		Pool: &redis.Pool{
			MaxIdle:     10,
			IdleTimeout: 0,
			Dial: func() (redis.Conn, error) {
				return redis.Dial("tcp", connectionString, opts...)
			},
		},
		BatchSize:     1000,
		loggingClient: lc,
	}, nil
}

func (c *Client) CloseSession() {
	_ = c.Pool.Close()
}

// AddEvent stores an event and its readings in one MULTI transaction.
func (c *Client) AddEvent(e model.Event) (model.Event, errors.FieldmeshError) {
	conn := c.Pool.Get()
	defer conn.Close()

	_ = conn.Send("MULTI")
	_ = conn.Send("SET", fmt.Sprintf("%s:%s", EventsCollection, e.Id), mustJSON(e))
	_ = conn.Send("ZADD", EventsCollection, e.Origin, e.Id)
	_ = conn.Send("ZADD", fmt.Sprintf("%s:deviceName:%s", EventsCollection, e.DeviceName), e.Origin, e.Id)
	for _, r := range e.Readings {
		_ = conn.Send("SET", fmt.Sprintf("%s:%s", ReadingsCollection, r.GetBaseReading().Id), mustJSON(r))
		_ = conn.Send("ZADD", ReadingsCollection, r.GetBaseReading().Origin, r.GetBaseReading().Id)
	}
	if _, err := conn.Do("EXEC"); err != nil {
		return e, errors.NewCommonFieldmeshError(errors.KindDatabaseError, "event creation failed", err)
	}
	return e, nil
}

// DeleteEventsByAge removes events (and readings) with origin older than age nanoseconds.
func (c *Client) DeleteEventsByAge(age int64) errors.FieldmeshError {
	conn := c.Pool.Get()
	defer conn.Close()

	expireTimestamp := time.Now().UnixNano() - age
	ids, err := redis.Strings(conn.Do("ZRANGEBYSCORE", EventsCollection, 0, expireTimestamp))
	if err != nil {
		return errors.NewCommonFieldmeshError(errors.KindDatabaseError, "query aged events failed", err)
	}
	for _, id := range ids {
		_, _ = conn.Do("UNLINK", fmt.Sprintf("%s:%s", EventsCollection, id))
		_, _ = conn.Do("ZREM", EventsCollection, id)
	}
	return nil
}

// Generic key/JSON helpers used by the metadata, notifications and scheduler DB clients.
func (c *Client) Put(collection, id string, v any) errors.FieldmeshError {
	conn := c.Pool.Get()
	defer conn.Close()
	if _, err := conn.Do("SET", fmt.Sprintf("%s:%s", collection, id), mustJSON(v)); err != nil {
		return errors.NewCommonFieldmeshError(errors.KindDatabaseError, "put failed", err)
	}
	_, _ = conn.Do("SADD", collection, id)
	return nil
}

func (c *Client) Get(collection, id string) ([]byte, errors.FieldmeshError) {
	conn := c.Pool.Get()
	defer conn.Close()
	b, err := redis.Bytes(conn.Do("GET", fmt.Sprintf("%s:%s", collection, id)))
	if err != nil {
		return nil, errors.NewCommonFieldmeshError(errors.KindEntityDoesNotExist, "get failed", err)
	}
	return b, nil
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}
