// Copyright 2023 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package meilisearch

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	indexer_internal "code.gitgrove.io/gitgrove/modules/indexer/internal"
	"code.gitgrove.io/gitgrove/modules/indexer/issues/internal"

	"github.com/meilisearch/meilisearch-go"
)

const (
	issueIndexerLatestVersion = 3

	// TODO: make this configurable if necessary
	maxTotalHits = 10000
)

// ErrMalformedResponse is never expected as we initialize the indexer ourself and so define the types.
var ErrMalformedResponse = errors.New("meilisearch returned unexpected malformed content")

var _ internal.Indexer = &Indexer{}

// Indexer implements Indexer interface
type Indexer struct {
	url, apiKey, indexName string
	client                 *meilisearch.Client
	indexer_internal.Indexer
}

// NewIndexer creates a new meilisearch indexer
func NewIndexer(url, apiKey, indexerName string) *Indexer {
	return &Indexer{
		url:       url,
		apiKey:    apiKey,
		indexName: indexerName,
	}
}

// Init initializes the indexer
func (i *Indexer) Init(_ context.Context) (bool, error) {
	if i.client != nil {
		return false, fmt.Errorf("indexer is already initialized")
	}

	i.client = meilisearch.NewClient(meilisearch.ClientConfig{
		Host:   i.url,
		APIKey: i.apiKey,
	})

	_, err := i.client.GetIndex(i.VersionedIndexName())
	if err == nil {
		return true, nil
	}
	_, err = i.client.CreateIndex(&meilisearch.IndexConfig{
		Uid:        i.VersionedIndexName(),
		PrimaryKey: "id",
	})
	if err != nil {
		return false, err
	}

	_, err = i.client.Index(i.VersionedIndexName()).UpdateSettings(&meilisearch.Settings{
		SearchableAttributes: []string{"title", "content", "comments"},
		DisplayedAttributes:  []string{"id", "title", "content", "comments"},
		FilterableAttributes: []string{"repo_id", "is_public", "is_pull", "is_closed", "label_ids", "milestone_id", "poster_id", "assignee_id"},
		SortableAttributes:   []string{"updated_unix", "created_unix", "deadline_unix", "comment_count", "id"},
		Pagination:           &meilisearch.Pagination{MaxTotalHits: maxTotalHits},
	})
	return false, err
}

// VersionedIndexName returns the full index name with version
func (i *Indexer) VersionedIndexName() string {
	return fmt.Sprintf("%s.v%d", strings.ReplaceAll(i.indexName, ".", "_"), issueIndexerLatestVersion)
}

// Index will save the index data
func (b *Indexer) Index(_ context.Context, issues ...*internal.IndexerData) error {
	if len(issues) == 0 {
		return nil
	}
	for _, issue := range issues {
		_, err := b.client.Index(b.VersionedIndexName()).AddDocuments(issue)
		if err != nil {
			return err
		}
	}
	// TODO: bulk send index data
	return nil
}

// Delete deletes indexes by ids
func (b *Indexer) Delete(_ context.Context, ids ...int64) error {
	if len(ids) == 0 {
		return nil
	}

	for _, id := range ids {
		_, err := b.client.Index(b.VersionedIndexName()).DeleteDocument(strconv.FormatInt(id, 10))
		if err != nil {
			return err
		}
	}
	// TODO: bulk send deletes
	return nil
}
