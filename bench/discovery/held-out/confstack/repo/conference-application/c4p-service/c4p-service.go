package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/google/uuid"
	_ "github.com/lib/pq"
	kafka "github.com/segmentio/kafka-go"

	"github.com/confstack/confstack/conference-application/c4p-service/api"
)

type Proposal struct {
	Id          string         `json:"id"`
	Title       string         `json:"title"`
	Description string         `json:"description"`
	Author      string         `json:"author"`
	Email       string         `json:"email"`
	Approved    bool           `json:"approved"`
	Status      ProposalStatus `json:"status"`
}

type ProposalStatus struct {
	Status string `json:"status"`
}

type ProposalDecision struct {
	Approved bool `json:"approved"`
}

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

type Notification struct {
	ProposalId   string `json:"proposalId"`
	AgendaItemId string `json:"agendaItemId"`
	Title        string `json:"title"`
	EmailTo      string `json:"emailTo"`
	Accepted     bool   `json:"accepted"`
}

type Event struct {
	Id      string `json:"id"`
	Payload string `json:"payload"`
	Type    string `json:"type"`
}

var (
	Version            = getEnv("VERSION", "1.0.0")
	Source             = getEnv("SOURCE", "https://github.com/confstack/confstack/tree/main/conference-application/c4p-service")
	PostgresqlHost     = getEnv("POSTGRES_HOST", "localhost")
	PostgresqlPort     = getEnv("POSTGRES_PORT", "5432")
	PostgresqlUsername = getEnv("POSTGRES_USERNAME", "postgres")
	PostgresqlPassword = getEnv("POSTGRES_PASSWORD", "postgres")
	KafkaUrl           = getEnv("KAFKA_URL", "localhost:9094")
	KafkaTopic         = getEnv("KAFKA_TOPIC", "events-topic")
	AppPort            = getEnv("APP_PORT", "8080")
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
	KafkaWriter             *kafka.Writer
	DB                      *sql.DB
	AgendaServiceURL        string
	NotificationsServiceURL string
}

func (s server) emit(r *http.Request, eventType string, proposal Proposal) error {
	proposalJson, _ := json.Marshal(proposal)
	event := Event{Id: uuid.New().String(), Type: eventType, Payload: string(proposalJson)}
	eventJson, _ := json.Marshal(event)
	return s.KafkaWriter.WriteMessages(r.Context(), kafka.Message{
		Key:   []byte(fmt.Sprintf("%s-%s", eventType, proposal.Id)),
		Value: eventJson,
	})
}

func (s server) GetProposals(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	query := "SELECT id, title, description, email, author, approved, status FROM Proposals p"
	var rows *sql.Rows
	var err error
	if status != "" {
		rows, err = s.DB.Query(query+" where p.status=$1", status)
	} else {
		rows, err = s.DB.Query(query)
	}
	if err != nil {
		respondWithJSON(w, http.StatusInternalServerError, err.Error())
		return
	}
	defer rows.Close()
	var proposals []Proposal
	for rows.Next() {
		var p Proposal
		rows.Scan(&p.Id, &p.Title, &p.Description, &p.Email, &p.Author, &p.Approved, &p.Status.Status)
		proposals = append(proposals, p)
	}
	respondWithJSON(w, http.StatusOK, proposals)
}

func (s server) CreateProposal(w http.ResponseWriter, r *http.Request) {
	var proposal Proposal
	if err := json.NewDecoder(r.Body).Decode(&proposal); err != nil {
		respondWithJSON(w, http.StatusBadRequest, err.Error())
		return
	}
	proposal.Id = uuid.New().String()
	proposal.Status = ProposalStatus{Status: "PENDING"}
	insertStmt := `insert into Proposals("id", "title", "description", "email", "author", "approved", "status") values($1, $2, $3, $4, $5, $6, $7)`
	if _, err := s.DB.Exec(insertStmt, proposal.Id, proposal.Title, proposal.Description, proposal.Email, proposal.Author, false, "PENDING"); err != nil {
		respondWithJSON(w, http.StatusInternalServerError, err.Error())
		return
	}
	if err := s.emit(r, "new-proposal", proposal); err != nil {
		log.Printf("An error occured while writing the message to Kafka: %v", err)
	}
	respondWithJSON(w, http.StatusOK, proposal)
}

func (s server) DeleteProposal(w http.ResponseWriter, r *http.Request, proposalId string) {
	s.DB.Exec(`UPDATE Proposals set Status=$1 where Id=$2`, "ARCHIVED", proposalId)
	proposal := Proposal{Id: proposalId, Status: ProposalStatus{Status: "ARCHIVED"}}
	s.emit(r, "proposal-archived", proposal)
	respondWithJSON(w, http.StatusOK, proposal)
}

// DecideProposal approves or rejects a proposal. Approved proposals are published to the agenda.
func (s server) DecideProposal(w http.ResponseWriter, r *http.Request, proposalId string) {
	var decision ProposalDecision
	json.NewDecoder(r.Body).Decode(&decision)

	s.DB.Exec(`UPDATE Proposals set Status=$1, Approved=$2 where Id=$3`, "DECIDED", decision.Approved, proposalId)
	var proposal Proposal
	row := s.DB.QueryRow(`SELECT id, title, description, email, author, approved, status FROM Proposals where id=$1`, proposalId)
	row.Scan(&proposal.Id, &proposal.Title, &proposal.Description, &proposal.Email, &proposal.Author, &proposal.Approved, &proposal.Status.Status)

	var agendaItemResponse AgendaItem
	if decision.Approved {
		agendaItem := AgendaItem{
			Title:       proposal.Title,
			Proposal:    ProposalRef{Id: proposal.Id},
			Description: proposal.Description,
			Author:      proposal.Author,
		}
		agendaItemJson, _ := json.Marshal(agendaItem)
		req, _ := http.NewRequest("POST", fmt.Sprintf("%s/%s/", s.AgendaServiceURL, "agenda-items"), bytes.NewBuffer(agendaItemJson))
		req.Header.Add("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			log.Printf("There was an error submitting the request to the Agenda Item Service: %v", err)
		} else {
			defer res.Body.Close()
			json.NewDecoder(res.Body).Decode(&agendaItemResponse)
		}
		s.emit(r, "proposal-approved", proposal)
	} else {
		s.emit(r, "proposal-rejected", proposal)
	}

	// In v2 we considered notifying the speaker through Kafka instead of HTTP:
	// s.KafkaWriter.WriteMessages(r.Context(), kafka.Message{Topic: "notifications-topic", Value: notificationJson})

	notification := Notification{
		ProposalId:   proposal.Id,
		AgendaItemId: agendaItemResponse.Id,
		Title:        proposal.Title,
		EmailTo:      proposal.Email,
		Accepted:     decision.Approved,
	}
	notificationJson, _ := json.Marshal(notification)
	nreq, _ := http.NewRequest("POST", fmt.Sprintf("%s/%s/", s.NotificationsServiceURL, "notifications"), bytes.NewBuffer(notificationJson))
	nreq.Header.Add("Content-Type", "application/json")
	nres, err := http.DefaultClient.Do(nreq)
	if err != nil {
		log.Printf("There was an error submitting the request to the Notifications Service: %v", err)
	} else {
		defer nres.Body.Close()
	}
	respondWithJSON(w, http.StatusOK, proposal)
}

func (s server) GetServiceInfo(w http.ResponseWriter, r *http.Request) {
	respondWithJSON(w, http.StatusOK, map[string]string{"name": "C4P", "version": Version, "source": Source})
}

func NewDB() *sql.DB {
	connStr := fmt.Sprintf("host=%s port=%s user=%s password=%s sslmode=disable",
		PostgresqlHost, PostgresqlPort, PostgresqlUsername, PostgresqlPassword)
	db, err := sql.Open("postgres", connStr)
	if err != nil {
		log.Fatal(err)
	}
	return db
}

func NewKafkaWriter(kafkaURL, topic string) *kafka.Writer {
	return &kafka.Writer{Addr: kafka.TCP(kafkaURL), Topic: topic, Balancer: &kafka.LeastBytes{}}
}

func NewChiServer() *chi.Mux {
	r := chi.NewRouter()
	r.Use(middleware.Logger)

	AgendaServiceUrl := getEnv("AGENDA_SERVICE_URL", "http://agenda-service.default.svc.cluster.local")
	NotificationsServiceUrl := getEnv("NOTIFICATIONS_SERVICE_URL", "http://notifications-service.default.svc.cluster.local")

	db := NewDB()
	if err := db.Ping(); err != nil {
		log.Fatal(err)
	}
	log.Printf("Connected to PostgreSQL.")

	s := server{
		KafkaWriter:             NewKafkaWriter(KafkaUrl, KafkaTopic),
		DB:                      db,
		AgendaServiceURL:        AgendaServiceUrl,
		NotificationsServiceURL: NotificationsServiceUrl,
	}
	r.Mount("/", api.Handler(s))
	r.HandleFunc("/health/{endpoint:readiness|liveness}", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]bool{"ok": true})
	})
	return r
}

func main() {
	r := NewChiServer()
	log.Printf("Starting C4P Service in Port: %s", AppPort)
	if err := http.ListenAndServe(":"+AppPort, r); err != http.ErrServerClosed {
		log.Panic(err)
	}
}
