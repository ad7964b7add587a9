package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gorilla/mux"

	"github.com/socksemporium/user/users"
)

func main() {
	port := flag.String("port", "80", "Port to bind HTTP listener")
	flag.Parse()

	host := os.Getenv("MONGO_HOST")
	if host == "" {
		host = "localhost:27017"
	}
	user := os.Getenv("MONGO_USER")
	pass := os.Getenv("MONGO_PASS")

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	store, err := users.NewMongoStore(ctx, host, user, pass)
	if err != nil {
		log.Fatalf("unable to connect to user-db: %v", err)
	}

	h := users.NewHandler(store)
	r := mux.NewRouter()
	r.HandleFunc("/login", h.Login).Methods("GET")
	r.HandleFunc("/register", h.Register).Methods("POST")
	r.HandleFunc("/customers/{id}", h.GetCustomer).Methods("GET")
	r.HandleFunc("/addresses", h.PostAddress).Methods("POST")
	r.HandleFunc("/addresses/{id}", h.GetAddress).Methods("GET")
	r.HandleFunc("/cards", h.PostCard).Methods("POST")
	r.HandleFunc("/cards/{id}", h.GetCard).Methods("GET")
	r.HandleFunc("/health", h.Health).Methods("GET")

	log.Printf("user service listening on :%s", *port)
	log.Fatal(http.ListenAndServe(":"+*port, r))
}
