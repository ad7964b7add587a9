package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"go.timeweave.io/ui-server/server/auth"
	"go.timeweave.io/ui-server/server/config"
	"go.timeweave.io/ui-server/server/route"
)

// timeweave-ui-server serves the built SPA and proxies /api/v1/* to the
// Timeweave frontend's gRPC API (config.TimeweaveGRPCAddress).
func main() {
	env := flag.String("env", "development", "config environment (development, docker)")
	configDir := flag.String("config", "config", "config directory")
	flag.Parse()

	cfg, err := config.Load(*configDir, *env)
	if err != nil {
		log.Fatalf("unable to load config: %v", err)
	}

	e := echo.New()
	e.Use(middleware.Recover())
	e.Use(middleware.CORSWithConfig(middleware.CORSConfig{AllowOrigins: cfg.CORS.AllowOrigins, AllowCredentials: true}))

	conn, err := route.DialFrontend(cfg)
	if err != nil {
		log.Fatalf("unable to connect to timeweave frontend at %s: %v", cfg.TimeweaveGRPCAddress, err)
	}
	defer conn.Close()

	route.SetAPIRoutes(e, cfg, conn)
	if cfg.Auth.Enabled {
		auth.SetRoutes(e, cfg)
	}
	route.SetUIRoutes(e, cfg.PublicPath)
	e.GET("/healthz", func(c echo.Context) error { return c.String(http.StatusOK, "OK") })

	log.Fatal(e.Start(fmt.Sprintf("%s:%d", cfg.Host, cfg.Port)))
}
