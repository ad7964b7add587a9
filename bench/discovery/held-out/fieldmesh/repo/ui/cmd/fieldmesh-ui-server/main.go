//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gorilla/mux"
	"gopkg.in/yaml.v3"

	"github.com/fieldmesh/fieldmesh-ui-go/internal/proxy"
)

type Config struct {
	Service struct {
		Host                string `yaml:"Host"`
		Port                int    `yaml:"Port"`
		StaticResourcesPath string `yaml:"StaticResourcesPath"`
		ReadTimeout         string `yaml:"ReadTimeout"`
		WriteTimeout        string `yaml:"WriteTimeout"`
	} `yaml:"Service"`
	Clients  map[string]proxy.ClientInfo `yaml:"Clients"`
	Registry struct {
		Host               string `yaml:"Host"`
		Port               int    `yaml:"Port"`
		Type               string `yaml:"Type"`
		ConfigRegistryStem string `yaml:"ConfigRegistryStem"`
	} `yaml:"Registry"`
}

func main() {
	confFile := flag.String("conf", "./res/configuration.yaml", "path to configuration.yaml")
	flag.Parse()

	raw, err := os.ReadFile(*confFile)
	if err != nil {
		log.Fatalf("read config: %v", err)
	}
	cfg := Config{}
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		log.Fatalf("parse config: %v", err)
	}
	applyEnvOverrides(&cfg)

	r := mux.NewRouter()
	for key, client := range cfg.Clients {
		r.PathPrefix(client.PathPrefix + "/").Handler(proxy.NewServiceProxy(key, client))
		log.Printf("proxying %s/ -> %s", client.PathPrefix, client.Url())
	}
	// System page: service list from the registry (Consul catalog)
	r.PathPrefix("/consul/").Handler(proxy.NewRegistryProxy(cfg.Registry.Host, cfg.Registry.Port))
	r.PathPrefix("/").Handler(http.FileServer(http.Dir(cfg.Service.StaticResourcesPath)))

	readTimeout, _ := time.ParseDuration(cfg.Service.ReadTimeout)
	writeTimeout, _ := time.ParseDuration(cfg.Service.WriteTimeout)
	server := &http.Server{
		Addr:         ":" + strconv.Itoa(cfg.Service.Port),
		Handler:      r,
		ReadTimeout:  readTimeout,
		WriteTimeout: writeTimeout,
	}
	log.Printf("Fieldmesh UI server listening on %s", server.Addr)
	log.Fatal(server.ListenAndServe())
}

// applyEnvOverrides follows the Fieldmesh env override convention: CLIENTS_CORE_DATA_HOST
// overrides Clients.core-data.Host, REGISTRY_HOST overrides Registry.Host, SERVICE_HOST ...
func applyEnvOverrides(cfg *Config) {
	for key, c := range cfg.Clients {
		envKey := "CLIENTS_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_")) + "_HOST"
		if v := os.Getenv(envKey); v != "" {
			c.Host = v
			cfg.Clients[key] = c
		}
	}
	if v := os.Getenv("REGISTRY_HOST"); v != "" {
		cfg.Registry.Host = v
	}
	if v := os.Getenv("SERVICE_HOST"); v != "" {
		cfg.Service.Host = v
	}
}
