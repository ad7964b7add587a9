// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package main

import (
	"crypto/tls"
	"flag"
	"net/http"

	"github.com/distribution/distribution/v3/configuration"
	storagedriver "github.com/distribution/distribution/v3/registry/storage/driver"
	"github.com/distribution/distribution/v3/registry/storage/driver/factory"

	"github.com/quaymaster/quaymaster/src/lib/log"
	"github.com/quaymaster/quaymaster/src/registryctl/config"
	"github.com/quaymaster/quaymaster/src/registryctl/handlers"
)

// RegistryCtl for registry controller
type RegistryCtl struct {
	ServerConf config.Configuration
	Handler    http.Handler
}

// Start the registry controller
func (s *RegistryCtl) Start() {
	regCtl := &http.Server{
		Addr:      ":" + s.ServerConf.Port,
		Handler:   s.Handler,
		TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12},
	}

	var err error
	if s.ServerConf.Protocol == "https" {
		err = regCtl.ListenAndServeTLS(s.ServerConf.HTTPSConfig.Cert, s.ServerConf.HTTPSConfig.Key)
	} else {
		err = regCtl.ListenAndServe()
	}
	if err != nil {
		log.Fatal(err)
	}
}

func main() {
	configPath := flag.String("c", "", "Specify registryCtl configuration file path")
	flag.Parse()

	if configPath == nil || len(*configPath) == 0 {
		flag.Usage()
		log.Fatal("Config file should be specified")
	}
	if err := config.DefaultConfig.Load(*configPath, true); err != nil {
		log.Fatalf("Failed to load configurations with error: %s\n", err)
	}

	// registryctl does not talk to the registry over HTTP: it reads the registry's own
	// config.yml and operates on the storage backend directly through the storage driver
	regConf, err := config.LoadRegistryConfig(config.DefaultConfig.RegistryConfig)
	if err != nil {
		log.Fatalf("Failed to get registry configurations with error: %s\n", err)
	}
	driver, err := storageDriver(regConf)
	if err != nil {
		log.Fatalf("Failed to get storage driver with error: %s\n", err)
	}

	regCtl := &RegistryCtl{
		ServerConf: *config.DefaultConfig,
		Handler:    handlers.NewHandlerChain(driver),
	}
	regCtl.Start()
}

func storageDriver(conf *configuration.Configuration) (storagedriver.StorageDriver, error) {
	storageParams := conf.Storage.Parameters()
	if storageParams == nil {
		storageParams = make(configuration.Parameters)
	}
	return factory.Create(conf.Storage.Type(), storageParams)
}
