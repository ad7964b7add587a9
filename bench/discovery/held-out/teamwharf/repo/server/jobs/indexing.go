package jobs

import (
	"context"
	"time"

	"github.com/teamwharf/teamwharf/server/search/opensearch"
	"github.com/teamwharf/teamwharf/server/store/sqlstore"
)

// IndexingJob backfills the OpenSearch post indexes from the database.
type IndexingJob struct {
	store  *sqlstore.SqlStore
	search *opensearch.Engine
	since  int64
}

func (j *IndexingJob) Name() string            { return "opensearch_post_indexing" }
func (j *IndexingJob) Interval() time.Duration { return 5 * time.Minute }

func (j *IndexingJob) Run() error {
	for {
		posts, err := j.store.GetPostsSince(j.since, 500)
		if err != nil {
			return err
		}
		if len(posts) == 0 {
			return nil
		}
		if err := j.search.BulkIndexPosts(context.Background(), posts); err != nil {
			return err
		}
		j.since = posts[len(posts)-1].CreateAt
	}
}
