package orders

import (
	"fmt"
	"net/http"
	"time"

	"github.com/pkg/errors"
)

// HTTPClient calls the orders service private API.
type HTTPClient struct {
	address string
	client  *http.Client
}

func NewHTTPClient(address string) HTTPClient {
	return HTTPClient{
		address: address,
		client:  &http.Client{Timeout: 5 * time.Second},
	}
}

func (h HTTPClient) MarkOrderAsPaid(orderID string) error {
	resp, err := h.client.Post(fmt.Sprintf("%s/private/orders/%s/paid", h.address, orderID), "application/json", nil)
	if err != nil {
		return errors.Wrap(err, "request to orders failed")
	}
	defer resp.Body.Close()

	if resp.StatusCode >= 300 {
		return errors.Errorf("orders returned status %d", resp.StatusCode)
	}

	return nil
}
