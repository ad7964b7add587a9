package opensearch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/opensearch-project/opensearch-go/v3/opensearchapi"

	"github.com/teamwharf/teamwharf/server/model"
)

func (e *Engine) postIndexName(createAt int64) string {
	t := time.UnixMilli(createAt).UTC()
	return fmt.Sprintf("%sposts_%s", e.prefix, t.Format("2006_01_02"))
}

// IndexPost is called by app nodes on every new post (live indexing).
func (e *Engine) IndexPost(ctx context.Context, p *model.Post) error {
	doc, _ := json.Marshal(map[string]interface{}{
		"id": p.Id, "channel_id": p.ChannelId, "user_id": p.UserId, "message": p.Message, "create_at": p.CreateAt,
	})
	_, err := e.client.Index(ctx, opensearchapi.IndexReq{
		Index:      e.postIndexName(p.CreateAt),
		DocumentID: p.Id,
		Body:       bytes.NewReader(doc),
	})
	return err
}

// BulkIndexPosts is used by the job server's indexing job.
func (e *Engine) BulkIndexPosts(ctx context.Context, posts []*model.Post) error {
	var buf bytes.Buffer
	for _, p := range posts {
		meta, _ := json.Marshal(map[string]interface{}{"index": map[string]string{"_index": e.postIndexName(p.CreateAt), "_id": p.Id}})
		doc, _ := json.Marshal(map[string]interface{}{"id": p.Id, "channel_id": p.ChannelId, "user_id": p.UserId, "message": p.Message, "create_at": p.CreateAt})
		buf.Write(meta)
		buf.WriteByte('\n')
		buf.Write(doc)
		buf.WriteByte('\n')
	}
	_, err := e.client.Bulk(ctx, opensearchapi.BulkReq{Body: &buf})
	return err
}

func (e *Engine) DeletePost(ctx context.Context, p *model.Post) error {
	_, err := e.client.Document.Delete(ctx, opensearchapi.DocumentDeleteReq{Index: e.postIndexName(p.CreateAt), DocumentID: p.Id})
	return err
}
