// Licensed to Apache Software Foundation (ASF) under the Apache License, Version 2.0.

package main

import (
	"context"
	"encoding/json"
	"log"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
)

type playEvent struct {
	SongID int64  `json:"songId"`
	Genre  string `json:"genre"`
	TS     int64  `json:"ts"`
}

func newReader(brokers, topic, group string) *kafka.Reader {
	return kafka.NewReader(kafka.ReaderConfig{
		Brokers:        strings.Split(brokers, ","),
		Topic:          topic,
		GroupID:        group,
		MinBytes:       1,
		MaxBytes:       1 << 20,
		CommitInterval: time.Second,
	})
}

func consume(ctx context.Context, r *kafka.Reader, counter *playCounter) {
	for {
		msg, err := r.ReadMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			log.Printf("read play event: %v", err)
			time.Sleep(time.Second)
			continue
		}
		var ev playEvent
		if err := json.Unmarshal(msg.Value, &ev); err != nil {
			log.Printf("bad play event %q: %v", string(msg.Value), err)
			continue
		}
		counter.add(ev.SongID)
	}
}
