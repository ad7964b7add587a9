package writer

import (
	"bytes"
	"context"
	"fmt"
	"net/http"

	"github.com/gogo/protobuf/proto"
	"github.com/golang/snappy"

	"github.com/logvault/logvault/v3/pkg/logproto"
)

// Push sends canary lines straight to <addr>/loki/api/v1/push when -push is set.
// By default the canary only writes to stdout and relies on the agent.
type Push struct {
	client   *http.Client
	addr     string
	tenantID string
}

func NewPush(addr, tenantID string) *Push {
	return &Push{client: &http.Client{}, addr: addr, tenantID: tenantID}
}

func (p *Push) send(ctx context.Context, req *logproto.PushRequest) error {
	data, err := proto.Marshal(req)
	if err != nil {
		return err
	}
	buf := snappy.Encode(nil, data)
	httpReq, err := http.NewRequestWithContext(ctx, "POST", fmt.Sprintf("http://%s/loki/api/v1/push", p.addr), bytes.NewReader(buf))
	if err != nil {
		return err
	}
	httpReq.Header.Set("Content-Type", "application/x-protobuf")
	httpReq.Header.Set("X-Scope-OrgID", p.tenantID)
	resp, err := p.client.Do(httpReq)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
