package client

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gorilla/websocket"

	"github.com/logvault/logvault/v3/pkg/loghttp"
)

const (
	queryPath       = "/loki/api/v1/query"
	queryRangePath  = "/loki/api/v1/query_range"
	labelsPath      = "/loki/api/v1/labels"
	labelValuesPath = "/loki/api/v1/label/%s/values"
	seriesPath      = "/loki/api/v1/series"
	tailPath        = "/loki/api/v1/tail"
	volumePath      = "/loki/api/v1/index/volume"
)

// DefaultClient talks to the LogVault HTTP API (normally the gateway) at Address
// (--addr / LOGVAULT_ADDR).
type DefaultClient struct {
	TLSConfig config.TLSConfig
	Username  string
	Password  string
	Address   string
	OrgID     string
	Tripperware Tripperware
}

func (c *DefaultClient) QueryRange(queryStr string, limit int, start, end time.Time, direction logproto.Direction, step, interval time.Duration, quiet bool) (*loghttp.QueryResponse, error) {
	params := url.Values{}
	params.Set("query", queryStr)
	params.Set("limit", fmt.Sprint(limit))
	params.Set("start", fmt.Sprint(start.UnixNano()))
	params.Set("end", fmt.Sprint(end.UnixNano()))
	params.Set("direction", direction.String())
	return c.doQuery(queryRangePath, params.Encode(), quiet)
}

func (c *DefaultClient) ListLabelValues(name string, quiet bool, start, end time.Time) (*loghttp.LabelResponse, error) {
	path := fmt.Sprintf(labelValuesPath, url.PathEscape(name))
	var labelResponse loghttp.LabelResponse
	params := url.Values{"start": {fmt.Sprint(start.UnixNano())}, "end": {fmt.Sprint(end.UnixNano())}}
	if err := c.doRequest(path, params.Encode(), quiet, &labelResponse); err != nil {
		return nil, err
	}
	return &labelResponse, nil
}

func (c *DefaultClient) doQuery(path, query string, quiet bool) (*loghttp.QueryResponse, error) {
	var r loghttp.QueryResponse
	if err := c.doRequest(path, query, quiet, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

func (c *DefaultClient) doRequest(path, query string, quiet bool, out interface{}) error {
	us, err := buildURL(c.Address, path, query)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("GET", us, nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(c.Username, c.Password)
	if c.OrgID != "" {
		req.Header.Set("X-Scope-OrgID", c.OrgID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		buf, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("error response from server: %s (%v)", string(buf), resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *DefaultClient) LiveTailQueryConn(queryStr string, delayFor time.Duration, limit int, start time.Time, quiet bool) (*websocket.Conn, error) {
	params := url.Values{"query": {queryStr}, "limit": {fmt.Sprint(limit)}, "start": {fmt.Sprint(start.UnixNano())}}
	us, err := buildURL(strings.Replace(c.Address, "http", "ws", 1), tailPath, params.Encode())
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	if c.OrgID != "" {
		h.Set("X-Scope-OrgID", c.OrgID)
	}
	conn, _, err := websocket.DefaultDialer.Dial(us, h)
	return conn, err
}

func buildURL(u, p, q string) (string, error) {
	url, err := url.Parse(u)
	if err != nil {
		return "", err
	}
	url.Path = strings.TrimSuffix(url.Path, "/") + p
	url.RawQuery = q
	return url.String(), nil
}
