//go:build integration

package integration

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/logvault/logvault/v3/integration/client"
	"github.com/logvault/logvault/v3/integration/cluster"
)

func TestMicroServicesIngestQuery(t *testing.T) {
	clu := cluster.New(t.Name())
	defer func() { require.NoError(t, clu.Cleanup()) }()

	var (
		tCompactor = clu.AddComponent("compactor", "-target=compactor", "-compactor.compaction-interval=1s")
		tDistributor = clu.AddComponent("distributor", "-target=distributor")
		tIngester = clu.AddComponent("ingester", "-target=ingester", "-ingester.flush-on-shutdown=true")
		tQueryScheduler = clu.AddComponent("query-scheduler", "-target=query-scheduler")
		tIndexGateway = clu.AddComponent("index-gateway", "-target=index-gateway")
	)
	require.NoError(t, clu.Run())

	tQueryFrontend := clu.AddComponent("query-frontend", "-target=query-frontend",
		"-frontend.scheduler-address="+tQueryScheduler.GRPCURL())
	tQuerier := clu.AddComponent("querier", "-target=querier",
		"-querier.scheduler-address="+tQueryScheduler.GRPCURL(),
		"-common.compactor-address="+tCompactor.HTTPURL(),
		"-index-gateway-client.server-address="+tIndexGateway.GRPCURL())
	require.NoError(t, clu.Run())

	cliDistributor := client.New("fake", "", tDistributor.HTTPURL())
	cliQueryFrontend := client.New("fake", "", tQueryFrontend.HTTPURL())
	_ = tQuerier
	_ = tIngester

	now := time.Now()
	require.NoError(t, cliDistributor.PushLogLine("lineA", now.Add(-45*time.Minute), nil, map[string]string{"job": "fake"}))
	require.NoError(t, cliDistributor.PushLogLine("lineB", now.Add(-30*time.Minute), nil, map[string]string{"job": "fake"}))

	resp, err := cliQueryFrontend.RunRangeQuery(context.Background(), `{job="fake"}`)
	require.NoError(t, err)
	require.Len(t, resp.Data.Stream, 1)
}
