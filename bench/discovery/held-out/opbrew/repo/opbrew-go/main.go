package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"go.elastic.co/apm/module/apmgin/v2"
)

var (
	listenAddr   = flag.String("listen", ":8000", "Address on which to listen for HTTP requests")
	frontendDir  = flag.String("frontend", "frontend/build", "Frontend assets dir")
	databaseURL  = flag.String("db", "sqlite3:db.sql", "Database URL (driver:dsn)")
	cacheURL     = flag.String("cache", "inmem", "Cache URL: inmem or redis://host:port/db")
	logLevelFlag = flag.String("log-level", "info", "Log level")
)

func main() {
	flag.Parse()

	db, err := newDatabase(*databaseURL)
	if err != nil {
		log.Fatalf("opening database: %v", err)
	}
	defer db.Close()

	cache, err := newCache(*cacheURL)
	if err != nil {
		log.Fatalf("creating cache: %v", err)
	}

	r := gin.New()
	r.Use(apmgin.Middleware(r), gin.Recovery())
	addAPIHandlers(r.Group("/api"), db, cache, newDTClient())
	r.Static("/static", *frontendDir+"/static")
	r.NoRoute(func(c *gin.Context) { c.File(*frontendDir + "/index.html") })

	log.Printf("opbrew-go listening on %s", *listenAddr)
	log.Fatal(http.ListenAndServe(*listenAddr, r))
}
