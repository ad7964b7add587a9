// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package es

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
)

const mockEsServerResponse = `{"version":{"number":"7.17.9"},"tagline":"You Know, for Search"}`

func TestElasticsearchFactory(t *testing.T) {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte(mockEsServerResponse))
	}))
	defer server.Close()

	f := NewFactory()
	f.Options.ServerURLs = []string{server.URL}
	f.Options.CreateIndexTemplate = false
	require.NoError(t, f.Initialize(zap.NewNop()))

	_, err := f.CreateSpanReader()
	assert.NoError(t, err)
	_, err = f.CreateDependencyReader()
	assert.NoError(t, err)
	assert.NoError(t, f.Close())
}

// TestElasticsearchIntegration runs only when an ES node is listening locally,
// e.g. via scripts/es-integration-test.sh.
func TestElasticsearchIntegration(t *testing.T) {
	if os.Getenv("STORAGE") != "elasticsearch" {
		t.Skip("Integration test against ElasticSearch skipped; set STORAGE env var to elasticsearch to run this")
	}
	f := NewFactory()
	f.Options.ServerURLs = []string{"http://localhost:9200"}
	f.Options.CreateIndexTemplate = true
	f.Options.NumShards = 1
	f.Options.NumReplicas = 0
	require.NoError(t, f.Initialize(zap.NewNop()))
	w, err := f.CreateSpanWriter()
	require.NoError(t, err)
	assert.NotNil(t, w)
}
