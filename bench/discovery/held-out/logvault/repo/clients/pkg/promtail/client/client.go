package client

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/gogo/protobuf/proto"
	"github.com/golang/snappy"
	"github.com/grafana/dskit/backoff"

	"github.com/logvault/logvault/v3/pkg/logproto"
)

const contentType = "application/x-protobuf"

type Config struct {
	URL       flagext.URLValue
	BatchWait time.Duration
	BatchSize int
	TenantID  string `yaml:"tenant_id"`
	BackoffConfig backoff.Config `yaml:"backoff_config"`
}

type client struct {
	cfg    Config
	client *http.Client
}

func (c *client) send(ctx context.Context, tenantID string, req *logproto.PushRequest) (int, error) {
	buf, err := proto.Marshal(req)
	if err != nil {
		return -1, err
	}
	buf = snappy.Encode(nil, buf)
	httpReq, err := http.NewRequestWithContext(ctx, "POST", c.cfg.URL.String(), bytes.NewReader(buf))
	if err != nil {
		return -1, err
	}
	httpReq.Header.Set("Content-Type", contentType)
	httpReq.Header.Set("User-Agent", "promtail/"+build.Version)
	if tenantID != "" {
		httpReq.Header.Set("X-Scope-OrgID", tenantID)
	}
	resp, err := c.client.Do(httpReq)
	if err != nil {
		return -1, err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return resp.StatusCode, fmt.Errorf("server returned HTTP status %s", resp.Status)
	}
	return resp.StatusCode, nil
}
