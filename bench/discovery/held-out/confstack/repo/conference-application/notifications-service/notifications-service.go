package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"sync"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/google/uuid"
	kafka "github.com/segmentio/kafka-go"

	"github.com/confstack/confstack/conference-application/notifications-service/api"
)

type Notification struct {
	Id           string `json:"id"`
	ProposalId   string `json:"proposalId"`
	AgendaItemId string `json:"agendaItemId"`
	Title        string `json:"title"`
	EmailTo      string `json:"emailTo"`
	Accepted     bool   `json:"accepted"`
	EmailSubject string `json:"emailSubject"`
	EmailBody    string `json:"emailBody"`
}

type Event struct {
	Id      string `json:"id"`
	Payload string `json:"payload"`
	Type    string `json:"type"`
}

var (
	Version    = getEnv("VERSION", "1.0.0")
	Source     = getEnv("SOURCE", "https://github.com/confstack/confstack/tree/main/conference-application/notifications-service")
	KafkaUrl   = getEnv("KAFKA_URL", "localhost:9094")
	KafkaTopic = getEnv("KAFKA_TOPIC", "events-topic")
	AppPort    = getEnv("APP_PORT", "8080")
	// Optional Slack webhook; only used when SLACK_ENABLED=true
	SlackEnabled    = getEnv("SLACK_ENABLED", "false")
	SlackWebhookUrl = getEnv("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXX")
)

var (
	notifications []Notification
	lock          sync.RWMutex
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
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(response)
}

type server struct {
	KafkaWriter *kafka.Writer
	Mailer      *Mailer
}

func (s server) CreateNotification(w http.ResponseWriter, r *http.Request) {
	var n Notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		respondWithJSON(w, http.StatusBadRequest, err.Error())
		return
	}
	n.Id = uuid.New().String()
	if n.Accepted {
		n.EmailSubject = "Your proposal was accepted!"
		n.EmailBody = fmt.Sprintf("Congratulations, your proposal %q is now part of the agenda (%s).", n.Title, n.AgendaItemId)
	} else {
		n.EmailSubject = "Your proposal was not accepted"
		n.EmailBody = fmt.Sprintf("Sorry, your proposal %q was not accepted this time.", n.Title)
	}

	if err := s.Mailer.Send(n.EmailTo, n.EmailSubject, n.EmailBody); err != nil {
		log.Printf("Failed to send email to %s: %v", n.EmailTo, err)
	}
	if SlackEnabled == "true" {
		postToSlack(SlackWebhookUrl, n)
	}

	lock.Lock()
	notifications = append(notifications, n)
	lock.Unlock()

	notificationJson, _ := json.Marshal(n)
	event := Event{Id: uuid.New().String(), Type: "notification-sent", Payload: string(notificationJson)}
	eventJson, _ := json.Marshal(event)
	err := s.KafkaWriter.WriteMessages(r.Context(), kafka.Message{
		Key:   []byte(fmt.Sprintf("notification-sent-%s", n.Id)),
		Value: eventJson,
	})
	if err != nil {
		log.Printf("An error occured while writing the message to Kafka: %v", err)
	}
	respondWithJSON(w, http.StatusOK, n)
}

func (s server) GetNotifications(w http.ResponseWriter, r *http.Request) {
	lock.RLock()
	defer lock.RUnlock()
	respondWithJSON(w, http.StatusOK, notifications)
}

func (s server) GetServiceInfo(w http.ResponseWriter, r *http.Request) {
	respondWithJSON(w, http.StatusOK, map[string]string{"name": "NOTIFICATIONS", "version": Version, "source": Source})
}

func main() {
	r := chi.NewRouter()
	r.Use(middleware.Logger)

	s := server{
		KafkaWriter: &kafka.Writer{Addr: kafka.TCP(KafkaUrl), Topic: KafkaTopic, Balancer: &kafka.LeastBytes{}},
		Mailer:      NewMailerFromEnv(),
	}
	r.Mount("/", api.Handler(s))
	r.HandleFunc("/health/{endpoint:readiness|liveness}", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]bool{"ok": true})
	})

	log.Printf("Starting Notifications Service in Port: %s", AppPort)
	if err := http.ListenAndServe(":"+AppPort, r); err != http.ErrServerClosed {
		log.Panic(err)
	}
}
