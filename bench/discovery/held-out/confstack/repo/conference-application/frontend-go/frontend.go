package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httputil"
	"os"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	flagd "github.com/open-feature/go-sdk-contrib/providers/flagd/pkg"
	"github.com/open-feature/go-sdk/openfeature"
)

var (
	AgendaServiceUrl        = getEnv("AGENDA_SERVICE_URL", "http://agenda-service.default.svc.cluster.local")
	C4PServiceUrl           = getEnv("C4P_SERVICE_URL", "http://c4p-service.default.svc.cluster.local")
	NotificationsServiceUrl = getEnv("NOTIFICATIONS_SERVICE_URL", "http://notifications-service.default.svc.cluster.local")
	KafkaUrl                = getEnv("KAFKA_URL", "localhost:9094")
	KafkaTopic              = getEnv("KAFKA_TOPIC", "events-topic")
	KafkaGroupId            = getEnv("KAFKA_GROUP_ID", "frontend-events")
	AppPort                 = getEnv("APP_PORT", "8080")
	FlagdHost               = getEnv("FLAGD_HOST", "localhost")
	Version                 = getEnv("VERSION", "1.0.0")
	Source                  = getEnv("SOURCE", "https://github.com/confstack/confstack/tree/main/conference-application/frontend-go")
	PodName                 = getEnv("POD_NAME", "N/A")
	PodNamespace            = getEnv("POD_NAMESPACE", "N/A")
	PodNodeName             = getEnv("POD_NODENAME", "N/A")
	PodIp                   = getEnv("POD_IP", "N/A")
	PodServiceAccount       = getEnv("POD_SERVICE_ACCOUNT", "N/A")
)

type ServiceInfo struct {
	Name              string `json:"name"`
	Version           string `json:"version"`
	Source            string `json:"source"`
	PodName           string `json:"podName"`
	PodNamespace      string `json:"podNamespace"`
	PodNodeName       string `json:"podNodeName"`
	PodIp             string `json:"podIp"`
	PodServiceAccount string `json:"podServiceAccount"`
}

type Features struct {
	EventsEnabled bool `json:"eventsEnabled"`
	DebugEnabled  bool `json:"debugEnabled"`
	C4PEnabled    bool `json:"callForProposalsEnabled"`
}

var featureClient *openfeature.Client

func getEnv(key, fallback string) string {
	value, exists := os.LookupEnv(key)
	if !exists {
		value = fallback
	}
	return value
}

func agendaServiceHandler(w http.ResponseWriter, r *http.Request) {
	proxyRequest(AgendaServiceUrl, "/api/agenda", w, r)
}

func c4pServiceHandler(w http.ResponseWriter, r *http.Request) {
	proxyRequest(C4PServiceUrl, "/api/c4p", w, r)
}

func notificationServiceHandler(w http.ResponseWriter, r *http.Request) {
	proxyRequest(NotificationsServiceUrl, "/api/notifications", w, r)
}

func proxyRequest(serviceUrl string, prefix string, w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))

	if featureBool("debugEnabled", false) {
		requestDump, err := httputil.DumpRequest(r, true)
		if err == nil {
			log.Println(string(requestDump))
		}
	}

	path := strings.TrimPrefix(r.RequestURI, prefix)
	url := fmt.Sprintf("%s%s", serviceUrl, path)
	if !strings.HasPrefix(url, "http") {
		url = fmt.Sprintf("http://%s", url)
	}
	log.Printf("Proxying request to %s", url)

	proxyReq, err := http.NewRequest(r.Method, url, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	proxyReq.Header = make(http.Header)
	for h, val := range r.Header {
		proxyReq.Header[h] = val
	}

	resp, err := http.DefaultClient.Do(proxyReq)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()

	body, err = io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	for h, val := range resp.Header {
		w.Header()[h] = val
	}
	w.WriteHeader(resp.StatusCode)
	w.Write(body)
}

func featureBool(flag string, def bool) bool {
	if featureClient == nil {
		return def
	}
	v, err := featureClient.BooleanValue(context.Background(), flag, def, openfeature.EvaluationContext{})
	if err != nil {
		return def
	}
	return v
}

func featuresHandler(w http.ResponseWriter, r *http.Request) {
	respondWithJSON(w, http.StatusOK, Features{
		EventsEnabled: featureBool("eventsEnabled", true),
		DebugEnabled:  featureBool("debugEnabled", false),
		C4PEnabled:    featureBool("callForProposalsEnabled", true),
	})
}

func serviceInfoHandler(w http.ResponseWriter, r *http.Request) {
	respondWithJSON(w, http.StatusOK, ServiceInfo{
		Name: "FRONTEND", Version: Version, Source: Source, PodName: PodName,
		PodNamespace: PodNamespace, PodNodeName: PodNodeName, PodIp: PodIp,
		PodServiceAccount: PodServiceAccount,
	})
}

func respondWithJSON(w http.ResponseWriter, code int, payload interface{}) {
	response, _ := json.Marshal(payload)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(response)
}

func main() {
	// Feature flags are evaluated against the flagd sidecar injected by the OpenFeature operator
	openfeature.SetProvider(flagd.NewProvider(flagd.WithHost(FlagdHost), flagd.WithPort(8013)))
	featureClient = openfeature.NewClient("frontend")

	r := chi.NewRouter()
	r.Use(middleware.Logger)

	go consumeEvents(KafkaUrl, KafkaTopic, KafkaGroupId)

	r.HandleFunc("/api/agenda/*", agendaServiceHandler)
	r.HandleFunc("/api/c4p/*", c4pServiceHandler)
	r.HandleFunc("/api/notifications/*", notificationServiceHandler)
	r.HandleFunc("/api/events/", eventsHandler)
	r.HandleFunc("/api/features/", featuresHandler)
	r.HandleFunc("/service/info", serviceInfoHandler)

	r.HandleFunc("/health/{endpoint:readiness|liveness}", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]bool{"ok": true})
	})

	// serve the Next.js static export (built into kodata by ko)
	fs := http.FileServer(http.Dir(os.Getenv("KO_DATA_PATH")))
	r.Handle("/*", fs)

	log.Printf("Starting Frontend Go in Port: %s", AppPort)
	err := http.ListenAndServe(":"+AppPort, r)
	if err != http.ErrServerClosed {
		log.Panic(err)
	}
}
