package main

import (
	"crypto/tls"
	"flag"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/distribution/distribution/configuration"
	storagedriver "github.com/distribution/distribution/registry/storage/driver"
	"github.com/distribution/distribution/registry/storage/driver/factory"
	_ "github.com/distribution/distribution/registry/storage/driver/azure"
	_ "github.com/distribution/distribution/registry/storage/driver/filesystem"
	_ "github.com/distribution/distribution/registry/storage/driver/gcs"
	_ "github.com/distribution/distribution/registry/storage/driver/s3-aws"

	"github.com/berthdock/berthdock/src/lib/log"
	"github.com/berthdock/berthdock/src/registryctl/config"
	"github.com/berthdock/berthdock/src/registryctl/handlers"
)

// RegistryCtl for registry controller. It shares the registry's config.yml and storage,
// and operates on the storage driver directly (no network call to the registry).
type RegistryCtl struct {
	ServerConf config.Configuration
	Handler    http.Handler
}

// Start the registry controller
func (s *RegistryCtl) Start() error {
	regCtl := &http.Server{
		Addr:         ":" + s.ServerConf.Port,
		Handler:      s.Handler,
		ReadTimeout:  60 * time.Second,
		WriteTimeout: 15 * time.Minute,
	}

	if s.ServerConf.Protocol == "https" {
		regCtl.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
		return regCtl.ListenAndServeTLS(s.ServerConf.HTTPSConfig.Cert, s.ServerConf.HTTPSConfig.Key)
	}
	return regCtl.ListenAndServe()
}

func main() {
	configPath := flag.String("c", "", "Specify registryCtl configuration file path")
	flag.Parse()

	if configPath == nil || len(*configPath) == 0 {
		flag.Usage()
		log.Fatal("Config file should be specified")
	}

	if err := config.DefaultConfig.Load(*configPath, true); err != nil {
		log.Fatalf("Failed to load configurations with error: %s", err)
	}

	regConf, err := loadRegistryConf(config.DefaultConfig.RegistryConfig)
	if err != nil {
		log.Fatalf("Failed to load registry configuration: %v", err)
	}
	driver, err := factory.Create(regConf.Storage.Type(), regConf.Storage.Parameters())
	if err != nil {
		log.Fatalf("Failed to create storage driver: %v", err)
	}

	regCtl := &RegistryCtl{
		ServerConf: *config.DefaultConfig,
		Handler:    handlers.NewHandlerChain(driver, *config.DefaultConfig),
	}

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-sig
		os.Exit(0)
	}()

	if err := regCtl.Start(); err != nil {
		log.Fatal(err)
	}
}

func loadRegistryConf(path string) (*configuration.Configuration, error) {
	fp, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fp.Close()
	var _ storagedriver.StorageDriver
	return configuration.Parse(fp)
}
