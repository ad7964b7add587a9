package querier

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"

	"github.com/logvault/logvault/v3/pkg/logproto"
)

func TestQuerier_SelectLogs_QueriesIngestersWithinWindow(t *testing.T) {
	store := newStoreMock()
	store.On("SelectLogs", mock.Anything, mock.Anything).Return(mockStreamIterator(1, 2), nil)
	ingesterClient := newQuerierClientMock()
	ingesterClient.On("Query", mock.Anything, mock.Anything, mock.Anything).Return(mockQueryClient(), nil)

	q, err := newQuerier(mockQuerierConfig(), mockIngesterClientConfig(), newIngesterClientMockFactory(ingesterClient), mockReadRingWithOneActiveIngester(), &mockDeleteGettter{}, store, defaultLimits())
	require.NoError(t, err)

	_, err = q.SelectLogs(context.Background(), logproto.SelectLogParams{QueryRequest: &logproto.QueryRequest{
		Selector: `{type="test"}`, Limit: 10, Start: time.Now().Add(-time.Minute), End: time.Now(),
	}})
	require.NoError(t, err)
	ingesterClient.AssertCalled(t, "Query", mock.Anything, mock.Anything, mock.Anything)
}
