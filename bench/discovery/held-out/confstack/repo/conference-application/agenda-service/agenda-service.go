package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"
	kafka "github.com/segmentio/kafka-go"

	"github.com/confstack/confstack/conference-application/agenda-service/api"
)

const (
	ApplicationJson = "application/json"
	ContentType     = "Content-Type"
	KEY             = "AGENDAITEMS"
)

type ProposalRef struct {
	Id string `json:"id"`
}

type AgendaItem struct {
	Id          string      `json:"id"`
	Proposal    ProposalRef `json:"proposal"`
	Title       string      `json:"title"`
	Author      string      `json:"author"`
	Description string      `json:"description"`
}

type Event struct {
	Id      string `json:"id"`
	Payload string `json:"payload"`
	Type    string `json:"type"`
}

var (
	Version       = getEnv("VERSION", "1.0.0")
	Source        = getEnv("SOURCE", "https://github.com/confstack/confstack/tree/main/conference-application/agenda-service")
	RedisHost     = getEnv("REDIS_HOST", "localhost")
	RedisPort     = getEnv("REDIS_PORT", "6379")
	RedisPassword = getEnv("REDIS_PASSWORD", "")
	KafkaUrl      = getEnv("KAFKA_URL", "localhost:9094")
	KafkaTopic    = getEnv("KAFKA_TOPIC", "events-topic")
	AppPort       = getEnv("APP_PORT", "8080")
)

func getEnv(key, fallback string) string {
	value, exists := os.LookupEnv(key)
	if !exists {
		value = fallback
	}
	return value
}

func respondWithJSON(w http.ResponseWriter, code int, payload interface{}) {
	response, _ := json.Marshal(payload)
	w.Header().Set(ContentType, ApplicationJson)
	w.WriteHeader(code)
	w.Write(response)
}

type server struct {
	KafkaWriter *kafka.Writer
	RDB         *redis.Client
}

func (s server) emit(ctx context.Context, eventType string, item AgendaItem) {
	itemJson, _ := json.Marshal(item)
	event := Event{Id: uuid.New().String(), Type: eventType, Payload: string(itemJson)}
	eventJson, _ := json.Marshal(event)
	err := s.KafkaWriter.WriteMessages(ctx, kafka.Message{
		Key:   []byte(fmt.Sprintf("%s-%s", eventType, item.Id)),
		Value: eventJson,
	})
	if err != nil {
		log.Printf("An error occured while writing the message to Kafka: %v", err)
	}
}

// GetAgendaItems lists all agenda items
func (s server) GetAgendaItems(w http.ResponseWriter, r *http.Request) {
	values, err := s.RDB.HGetAll(r.Context(), KEY).Result()
	if err != nil {
		respondWithJSON(w, http.StatusInternalServerError, err.Error())
		return
	}
	var items []AgendaItem
	for _, v := range values {
		var item AgendaItem
		json.Unmarshal([]byte(v), &item)
		items = append(items, item)
	}
	respondWithJSON(w, http.StatusOK, items)
}

// CreateAgendaItem stores a new agenda item (called by c4p-service on approval)
func (s server) CreateAgendaItem(w http.ResponseWriter, r *http.Request) {
	var item AgendaItem
	if err := json.NewDecoder(r.Body).Decode(&item); err != nil {
		respondWithJSON(w, http.StatusBadRequest, err.Error())
		return
	}
	item.Id = uuid.New().String()
	itemJson, _ := json.Marshal(item)
	if _, err := s.RDB.HSetNX(r.Context(), KEY, item.Id, string(itemJson)).Result(); err != nil {
		respondWithJSON(w, http.StatusInternalServerError, err.Error())
		return
	}
	log.Printf("Agenda Item Stored in Redis: %v", item)
	s.emit(r.Context(), "new-agenda-item", item)
	respondWithJSON(w, http.StatusOK, item)
}

// GetAgendaItemById returns one item
func (s server) GetAgendaItemById(w http.ResponseWriter, r *http.Request, id string) {
	v, err := s.RDB.HGet(r.Context(), KEY, id).Result()
	if err == redis.Nil {
		respondWithJSON(w, http.StatusNotFound, "not found")
		return
	}
	var item AgendaItem
	json.Unmarshal([]byte(v), &item)
	respondWithJSON(w, http.StatusOK, item)
}

// DeleteAgendaItem removes an item
func (s server) DeleteAgendaItem(w http.ResponseWriter, r *http.Request, id string) {
	v, err := s.RDB.HGet(r.Context(), KEY, id).Result()
	if err != nil {
		respondWithJSON(w, http.StatusNotFound, "not found")
		return
	}
	var item AgendaItem
	json.Unmarshal([]byte(v), &item)
	s.RDB.HDel(r.Context(), KEY, id)
	s.emit(r.Context(), "agenda-item-deleted", item)
	respondWithJSON(w, http.StatusOK, item)
}

func (s server) GetServiceInfo(w http.ResponseWriter, r *http.Request) {
	respondWithJSON(w, http.StatusOK, map[string]string{"name": "AGENDA", "version": Version, "source": Source})
}

func NewKafkaWriter(kafkaURL, topic string) *kafka.Writer {
	return &kafka.Writer{
		Addr:     kafka.TCP(kafkaURL),
		Topic:    topic,
		Balancer: &kafka.LeastBytes{},
	}
}

func NewChiServer() *chi.Mux {
	r := chi.NewRouter()
	r.Use(middleware.Logger)

	rdb := redis.NewClient(&redis.Options{
		Addr:     fmt.Sprintf("%s:%s", RedisHost, RedisPort),
		Password: RedisPassword,
		DB:       0,
	})
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Printf("Redis not available yet: %v", err)
	}

	kafkaWriter := NewKafkaWriter(KafkaUrl, KafkaTopic)
	s := server{KafkaWriter: kafkaWriter, RDB: rdb}
	r.Mount("/", api.Handler(s))

	r.HandleFunc("/health/{endpoint:readiness|liveness}", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]bool{"ok": true})
	})
	return r
}

func main() {
	r := NewChiServer()
	log.Printf("Starting Agenda Service in Port: %s", AppPort)
	err := http.ListenAndServe(":"+AppPort, r)
	if err != http.ErrServerClosed {
		log.Panic(err)
	}
}
