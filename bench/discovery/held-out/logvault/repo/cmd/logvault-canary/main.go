package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/logvault/logvault/v3/pkg/canary/comparator"
	"github.com/logvault/logvault/v3/pkg/canary/reader"
	"github.com/logvault/logvault/v3/pkg/canary/writer"
)

// logvault-canary writes log lines to stdout (collected by the agent) and reads them
// back over a websocket tail to measure completeness and latency. It is an operational
// probe run by developers/SREs; the docker-compose microservices example does not run it.
func main() {
	addr := flag.String("addr", "", "The LogVault server URL:Port, e.g. logvault:3100")
	push := flag.Bool("push", false, "Push the logs directly to given LogVault address")
	useTLS := flag.Bool("tls", false, "Does the logvault connection use TLS?")
	user := flag.String("user", "", "LogVault username.")
	pass := flag.String("pass", "", "LogVault password.")
	tenantID := flag.String("tenant-id", "", "Tenant ID to be set in X-Scope-OrgID header.")
	interval := flag.Duration("interval", 1000*time.Millisecond, "Duration between log entries")
	port := flag.Int("port", 3500, "Port which logvault-canary should expose metrics")
	flag.Parse()

	if *addr == "" {
		*addr = os.Getenv("LOGVAULT_ADDRESS")
	}
	if *addr == "" {
		_, _ = fmt.Fprintf(os.Stderr, "Must specify a LogVault address with -addr or set the environment variable LOGVAULT_ADDRESS\n")
		os.Exit(1)
	}

	w := writer.NewWriter(os.Stdout, *interval, *push, *addr, *tenantID)
	r := reader.NewReader(os.Stderr, *useTLS, *addr, *user, *pass, *tenantID, `{name="logvault-canary",stream="stdout"}`)
	c := comparator.NewComparator(os.Stderr, 5*time.Minute, 1*time.Minute, w.Received(), r)
	defer c.Stop()

	http.Handle("/metrics", promhttp.Handler())
	_ = http.ListenAndServe(fmt.Sprintf(":%d", *port), nil)
}
