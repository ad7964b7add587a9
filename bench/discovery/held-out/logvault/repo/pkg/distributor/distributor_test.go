package distributor

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"

	"github.com/logvault/logvault/v3/pkg/logproto"
)

type mockIngester struct {
	pushed []*logproto.PushRequest
}

func (m *mockIngester) Push(_ context.Context, req *logproto.PushRequest, _ ...grpc.CallOption) (*logproto.PushResponse, error) {
	m.pushed = append(m.pushed, req)
	return &logproto.PushResponse{}, nil
}

func TestDistributor_PushFansOutToReplicas(t *testing.T) {
	ingesters := map[string]*mockIngester{"ingester-0:9095": {}, "ingester-1:9095": {}, "ingester-2:9095": {}}
	d := prepare(t, 3, ingesters)
	_, err := d.Push(ctxWithTenant("test"), makeWriteRequest(10, 64))
	require.NoError(t, err)
	for addr, ing := range ingesters {
		require.Len(t, ing.pushed, 1, addr)
	}
}
