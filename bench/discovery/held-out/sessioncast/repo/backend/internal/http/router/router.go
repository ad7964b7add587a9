package router

import (
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/gorilla/mux"
	"github.com/oschwald/maxminddb-golang"

	config "sessioncast/backend/internal/config/http"
	"sessioncast/backend/pkg/db/postgres"
	"sessioncast/backend/pkg/queue"
)

type Router struct {
	router   *mux.Router
	cfg      *config.Config
	producer queue.Producer
	pg       *postgres.Pool
	geoIP    *maxminddb.Reader
}

func NewRouter(cfg *config.Config, producer queue.Producer, pg *postgres.Pool) (*Router, error) {
	// GeoLite2 database shipped inside the image
	geo, err := maxminddb.Open(cfg.MaxMinDBFile)
	if err != nil {
		return nil, err
	}
	r := &Router{router: mux.NewRouter(), cfg: cfg, producer: producer, pg: pg, geoIP: geo}
	r.init()
	return r, nil
}

func (e *Router) init() {
	e.router.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) })
	e.router.HandleFunc("/v1/web/not-started", e.notStartedHandlerWeb).Methods("POST", "OPTIONS")
	e.router.HandleFunc("/v1/web/start", e.startSessionHandlerWeb).Methods("POST", "OPTIONS")
	e.router.HandleFunc("/v1/web/i", e.pushMessagesHandlerWeb).Methods("POST", "OPTIONS")
	e.router.HandleFunc("/v1/web/images", e.imagesUploaderHandlerWeb).Methods("POST", "OPTIONS")
	e.router.HandleFunc("/v1/mobile/i", e.pushMessagesHandlerIOS).Methods("POST", "OPTIONS")
	e.router.HandleFunc("/v1/mobile/images", e.imagesUploadHandlerIOS).Methods("POST", "OPTIONS")
	e.router.Use(e.corsMiddleware)
}

func (e *Router) corsMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Allow-Methods", "POST,GET")
		w.Header().Set("Access-Control-Allow-Headers", "Content-Type,Authorization,Content-Encoding")
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusOK)
			return
		}
		next.ServeHTTP(w, r)
	})
}

type startSessionRequest struct {
	ProjectKey string `json:"projectKey"`
	UserUUID   string `json:"userUUID"`
}

func (e *Router) startSessionHandlerWeb(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, e.cfg.JsonSizeLimit))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_ = body
	var projectID uint32
	if err := e.pg.QueryRow(`SELECT project_id FROM projects WHERE project_key=$1 AND active AND deleted_at IS NULL`,
		r.Header.Get("X-Project-Key")).Scan(&projectID); err != nil {
		http.Error(w, "project not found", http.StatusNotFound)
		return
	}
	sessionID := uint64(time.Now().UnixNano())
	country := e.lookupCountry(r.RemoteAddr)
	if err := e.pg.Exec(`INSERT INTO sessions (session_id, project_id, start_ts, user_country) VALUES ($1, $2, $3, $4)`,
		sessionID, projectID, time.Now().UnixMilli(), country); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write([]byte(`{"sessionID":"` + strconv.FormatUint(sessionID, 10) + `"}`))
}

func (e *Router) lookupCountry(addr string) string {
	host, _, _ := net.SplitHostPort(addr)
	var rec struct {
		Country struct {
			ISOCode string `maxminddb:"iso_code"`
		} `maxminddb:"country"`
	}
	if err := e.geoIP.Lookup(net.ParseIP(host), &rec); err != nil {
		return "UN"
	}
	return rec.Country.ISOCode
}

func (e *Router) sessionID(r *http.Request) uint64 {
	id, _ := strconv.ParseUint(r.Header.Get("X-Session-Id"), 10, 64)
	return id
}

func (e *Router) pushMessagesHandlerWeb(w http.ResponseWriter, r *http.Request) {
	e.pushTo(e.cfg.TopicRawWeb, w, r)
}

func (e *Router) pushMessagesHandlerIOS(w http.ResponseWriter, r *http.Request) {
	e.pushTo(e.cfg.TopicRawIOS, w, r)
}

func (e *Router) imagesUploaderHandlerWeb(w http.ResponseWriter, r *http.Request) {
	e.pushTo(e.cfg.TopicCanvasImages, w, r)
}

func (e *Router) imagesUploadHandlerIOS(w http.ResponseWriter, r *http.Request) {
	e.pushTo(e.cfg.TopicRawImages, w, r)
}

func (e *Router) notStartedHandlerWeb(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

func (e *Router) pushTo(topic string, w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, e.cfg.BeaconSizeLimit))
	if err != nil {
		http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
		return
	}
	if err := e.producer.Produce(topic, e.sessionID(r), body); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (e *Router) Start(addr string) error {
	srv := &http.Server{Addr: addr, Handler: e.router, ReadTimeout: e.cfg.HTTPTimeout, WriteTimeout: e.cfg.HTTPTimeout}
	return srv.ListenAndServe()
}
