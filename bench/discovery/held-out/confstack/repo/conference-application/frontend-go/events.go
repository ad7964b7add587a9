package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"strings"
	"sync"

	kafka "github.com/segmentio/kafka-go"
)

type Event struct {
	Id      string `json:"id"`
	Payload string `json:"payload"`
	Type    string `json:"type"`
}

var (
	events     []Event
	eventsLock sync.RWMutex
)

func getKafkaReader(kafkaURL, topic, groupID string) *kafka.Reader {
	brokers := strings.Split(kafkaURL, ",")
	return kafka.NewReader(kafka.ReaderConfig{
		Brokers:  brokers,
		GroupID:  groupID,
		Topic:    topic,
		MinBytes: 10e3, // 10KB
		MaxBytes: 10e6, // 10MB
	})
}

// consumeEvents reads every event emitted by agenda, c4p and notifications services
// and keeps them in memory for the Back Office "Events" tab.
func consumeEvents(kafkaURL, topic, groupID string) {
	reader := getKafkaReader(kafkaURL, topic, groupID)
	defer reader.Close()
	log.Printf("Start consuming events from topic %s at %s", topic, kafkaURL)
	for {
		m, err := reader.ReadMessage(context.Background())
		if err != nil {
			log.Printf("error reading message from kafka: %v", err)
			continue
		}
		var event Event
		if err := json.Unmarshal(m.Value, &event); err != nil {
			log.Printf("error unmarshalling event: %v", err)
			continue
		}
		eventsLock.Lock()
		events = append(events, event)
		eventsLock.Unlock()
		log.Printf("message at topic:%v partition:%v offset:%v	%s = %s\n", m.Topic, m.Partition, m.Offset, string(m.Key), string(m.Value))
	}
}

func eventsHandler(w http.ResponseWriter, r *http.Request) {
	if !featureBool("eventsEnabled", true) {
		respondWithJSON(w, http.StatusOK, []Event{})
		return
	}
	eventsLock.RLock()
	defer eventsLock.RUnlock()
	respondWithJSON(w, http.StatusOK, events)
}
