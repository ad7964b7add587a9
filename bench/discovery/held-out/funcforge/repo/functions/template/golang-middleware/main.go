package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	function "handler/function"
)

// Runs the function's Handle on 127.0.0.1:8082; fwatchdog in the same image
// listens on :8080 and forwards here (mode=http).
func main() {
	port := os.Getenv("http_port")
	if port == "" {
		port = "8082"
	}
	s := &http.Server{
		Addr:         fmt.Sprintf("127.0.0.1:%s", port),
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 10 * time.Second,
		Handler:      http.HandlerFunc(function.Handle),
	}
	log.Fatal(s.ListenAndServe())
}
