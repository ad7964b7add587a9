package main

import (
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"go.elastic.co/apm/module/apmhttp/v2"
)

var peerPorts = map[string]int{"opbrew-python": 8000, "opbrew-go": 8000, "opbrew-dotnet": 80}

type dtClient struct {
	services    []string
	probability float64
	http        *http.Client
}

func newDTClient() *dtClient {
	var services []string
	for _, s := range strings.Split(os.Getenv("OPBEANS_SERVICES"), ",") {
		if s = strings.TrimSpace(s); s != "" {
			services = append(services, s)
		}
	}
	p, err := strconv.ParseFloat(os.Getenv("OPBEANS_DT_PROBABILITY"), 64)
	if err != nil {
		p = 0.5
	}
	return &dtClient{
		services:    services,
		probability: p,
		http:        apmhttp.WrapClient(&http.Client{Timeout: 15 * time.Second}),
	}
}

func peerURL(service, path string) string {
	if strings.HasPrefix(service, "http") {
		return strings.TrimRight(service, "/") + path
	}
	port, ok := peerPorts[service]
	if !ok {
		port = 3000
	}
	return fmt.Sprintf("http://%s:%d%s", service, port, path)
}

// maybeForward proxies the request to a random peer; returns true if handled.
func (d *dtClient) maybeForward(c *gin.Context) bool {
	if len(d.services) == 0 || rand.Float64() >= d.probability {
		return false
	}
	url := peerURL(d.services[rand.Intn(len(d.services))], c.Request.URL.RequestURI())
	req, _ := http.NewRequestWithContext(c.Request.Context(), http.MethodGet, url, nil)
	resp, err := d.http.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	c.Status(resp.StatusCode)
	c.Header("Content-Type", resp.Header.Get("Content-Type"))
	io.Copy(c.Writer, resp.Body)
	return true
}
