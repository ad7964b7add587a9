// Popular Products API: serves the "popular this week" rail on the storefront home page.
// The ranking itself is refreshed nightly by a job inside the products database; this
// service only reads the materialised view.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/gorilla/mux"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

type server struct {
	store PopularStore
}

func getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

func (s *server) popular(w http.ResponseWriter, r *http.Request) {
	limit := 3
	if l := r.URL.Query().Get("limit"); l != "" {
		if n, err := strconv.Atoi(l); err == nil && n > 0 && n <= 20 {
			limit = n
		}
	}
	items, err := s.store.TopProducts(r.Context(), limit)
	if err != nil {
		log.Printf("popular products query failed: %v", err)
		http.Error(w, "unable to load popular products", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(items)
}

func liveness(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte("Healthy"))
}

func newRouter(s *server) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/v1/popular-product", s.popular).Methods(http.MethodGet)
	r.HandleFunc("/liveness", liveness).Methods(http.MethodGet)
	r.Handle("/metrics", promhttp.Handler())
	return r
}

func main() {
	dsn := getenv("POPULAR_DB_CONNECTION", "postgres://cwt:cwt@localhost:5432/cwt_products?sslmode=disable")
	store, err := NewPostgresStore(dsn)
	if err != nil {
		log.Fatalf("cannot open products database: %v", err)
	}
	defer store.Close()

	addr := getenv("POPULAR_LISTEN_ADDR", ":8080")
	srv := &http.Server{
		Addr:         addr,
		Handler:      newRouter(&server{store: store}),
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	log.Printf("popular-products listening on %s", addr)
	log.Fatal(srv.ListenAndServe())
}
