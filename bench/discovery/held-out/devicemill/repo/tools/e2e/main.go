// Command e2e is a developer tool that exercises a running Devicemill stack:
// it creates users, things and channels through nginx and publishes over HTTP.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"strings"

	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
)

func main() {
	host := flag.String("host", "http://localhost", "Devicemill gateway URL")
	num := flag.Int("num", 10, "number of things to create")
	flag.Parse()

	s := sdk.NewSDK(sdk.Config{
		UsersURL:       *host,
		ThingsURL:      *host,
		HTTPAdapterURL: *host + "/http",
	})
	tok, err := s.CreateToken(sdk.Login{Identity: "admin@devicemill.io", Secret: "Ch4ngeMe!2024"})
	if err != nil {
		log.Fatalf("login: %s", err)
	}
	ch, err := s.CreateChannel(sdk.Channel{Name: "e2e"}, tok.AccessToken)
	if err != nil {
		log.Fatalf("create channel: %s", err)
	}
	for i := 0; i < *num; i++ {
		th, err := s.CreateThing(sdk.Thing{Name: fmt.Sprintf("e2e-%d", i)}, tok.AccessToken)
		if err != nil {
			log.Fatalf("create thing: %s", err)
		}
		if err := s.Connect(th.ID, ch.ID, tok.AccessToken); err != nil {
			log.Fatalf("connect: %s", err)
		}
		if err := s.SendMessage(ch.ID, `[{"n":"temp","v":21.5}]`, th.Credentials.Secret); err != nil {
			log.Printf("send: %s", err)
		}
	}
	resp, err := http.Get(strings.TrimSuffix(*host, "/") + "/health")
	if err == nil {
		log.Printf("gateway health: %s", resp.Status)
	}
}
