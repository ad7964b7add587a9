package handling

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cargoline/cargoline/cargo"
)

// ErrBookingUnavailable is returned when the booking API could not be reached
// to validate a tracking id.
var ErrBookingUnavailable = errors.New("booking service unavailable")

// BookingClient checks cargo existence against the booking API exposed by the
// shipping service. Handling no longer shares the cargo collection with
// booking, so it has to ask.
type BookingClient struct {
	baseURL string
	client  *http.Client
}

// NewBookingClient returns a CargoChecker backed by the booking HTTP API
// located at baseURL (e.g. http://shipping:8080).
func NewBookingClient(baseURL string, timeout time.Duration) *BookingClient {
	return &BookingClient{
		baseURL: strings.TrimRight(baseURL, "/"),
		client:  &http.Client{Timeout: timeout},
	}
}

// Exists implements CargoChecker.
func (c *BookingClient) Exists(ctx context.Context, id cargo.TrackingID) (bool, error) {
	u := fmt.Sprintf("%s/booking/v1/cargos/%s", c.baseURL, url.PathEscape(string(id)))

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("Accept", "application/json")

	resp, err := c.client.Do(req)
	if err != nil {
		return false, ErrBookingUnavailable
	}
	defer resp.Body.Close()

	switch resp.StatusCode {
	case http.StatusOK:
		return true, nil
	case http.StatusNotFound:
		return false, nil
	default:
		return false, fmt.Errorf("booking: unexpected status %d", resp.StatusCode)
	}
}

// AlwaysExists is a CargoChecker that trusts every tracking id. Used with
// -inmem when running handling standalone.
type AlwaysExists struct{}

// Exists implements CargoChecker.
func (AlwaysExists) Exists(context.Context, cargo.TrackingID) (bool, error) { return true, nil }
