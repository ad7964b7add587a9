package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/teamwharf/push-proxy/server"
)

func main() {
	cfgPath := flag.String("config", "config/push-proxy.json", "config file")
	flag.Parse()
	cfg, err := server.LoadConfig(*cfgPath)
	if err != nil {
		log.Fatal(err)
	}
	srv, err := server.New(cfg)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("push proxy listening on %s", cfg.ListenAddress)
	log.Fatal(http.ListenAndServe(cfg.ListenAddress, srv.Handler()))
}
