// Package route computes the ETA between two points on the demo city grid.
package route

import (
	"encoding/json"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/delay"
	"github.com/quickcab/quickcab/pkg/tracing"
	"github.com/quickcab/quickcab/services/config"
)

// Route is the answer of GET /route.
type Route struct {
	Pickup  string        `json:"pickup"`
	Dropoff string        `json:"dropoff"`
	ETA     time.Duration `json:"eta"`
}

// Server is the route HTTP service.
type Server struct {
	hostPort string
	logger   *zap.Logger
}

// NewServer creates a route server.
func NewServer(hostPort string, logger *zap.Logger) *Server {
	return &Server{hostPort: hostPort, logger: logger}
}

// Run blocks serving HTTP.
func (s *Server) Run() error {
	mux := tracing.NewServeMux("route")
	mux.Handle("/route", http.HandlerFunc(s.route))
	mux.Handle("/healthz", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }))
	mux.Handle("/debug/vars", http.DefaultServeMux) // expvar stats, see stats.go
	s.logger.Sugar().Infof("route listening on %s", s.hostPort)
	return http.ListenAndServe(s.hostPort, mux)
}

func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	pickup := r.URL.Query().Get("pickup")
	dropoff := r.URL.Query().Get("dropoff")
	if pickup == "" || dropoff == "" {
		http.Error(w, "pickup and dropoff are required", http.StatusBadRequest)
		return
	}

	start := time.Now()
	route := computeRoute(pickup, dropoff)
	updateCalcStats(r.Context(), time.Since(start))

	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(route)
}

// computeRoute is deliberately CPU-bound-ish; the ETA is the Manhattan distance
// scaled to "minutes" plus noise.
func computeRoute(pickup, dropoff string) *Route {
	delay.Sleep(config.RouteCalcDelay, config.RouteCalcDelayStdDev)
	px, py := parse(pickup)
	dx, dy := parse(dropoff)
	dist := math.Abs(px-dx) + math.Abs(py-dy)
	eta := time.Duration(dist/10+2) * time.Minute
	return &Route{Pickup: pickup, Dropoff: dropoff, ETA: eta}
}

func parse(loc string) (float64, float64) {
	parts := strings.SplitN(loc, ",", 2)
	if len(parts) != 2 {
		return 0, 0
	}
	x, _ := strconv.ParseFloat(strings.TrimSpace(parts[0]), 64)
	y, _ := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64)
	return x, y
}

// The first version asked a real maps provider for ETAs; too slow and too
// expensive for a demo, kept for reference.
//
// func computeRouteFromMaps(ctx context.Context, pickup, dropoff string) (*Route, error) {
// 	u := "https://maps.example-provider.com/v1/directions?origin=" + pickup + "&destination=" + dropoff + "&key=" + os.Getenv("MAPS_API_KEY")
// 	res, err := http.Get(u)
// 	...
// }
