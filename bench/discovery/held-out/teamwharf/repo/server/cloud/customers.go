package cloud

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/teamwharf/teamwharf/server/config"
)

// Client talks to the Teamwharf customer web server for license/subscription info.
// Self-hosted deployments set TW_CLOUDSETTINGS_DISABLE=true.
type Client struct {
	base string
	http *http.Client
}

func NewClient(s config.CloudSettings) *Client {
	if s.Disable {
		return nil
	}
	return &Client{base: s.CWSURL, http: &http.Client{Timeout: 10 * time.Second}}
}

func (c *Client) GetSubscription(installationID string) (map[string]interface{}, error) {
	resp, err := c.http.Get(c.base + "/api/v1/installations/" + installationID + "/subscription")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]interface{}
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
