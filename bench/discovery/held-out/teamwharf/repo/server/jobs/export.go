package jobs

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"time"

	"github.com/teamwharf/teamwharf/server/filestore"
	"github.com/teamwharf/teamwharf/server/store/sqlstore"
)

// ExportJob writes a daily compliance export to the file store (MinIO bucket).
type ExportJob struct {
	store *sqlstore.SqlStore
	files filestore.Backend
	since int64
}

func (j *ExportJob) Name() string            { return "compliance_export" }
func (j *ExportJob) Interval() time.Duration { return 24 * time.Hour }

func (j *ExportJob) Run() error {
	posts, err := j.store.GetPostsSince(j.since, 100000)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"post_id", "create_at", "user_id", "channel_id", "message"})
	for _, p := range posts {
		w.Write([]string{p.Id, fmt.Sprint(p.CreateAt), p.UserId, p.ChannelId, p.Message})
	}
	w.Flush()
	path := fmt.Sprintf("exports/compliance/%s.csv", time.Now().UTC().Format("2006-01-02"))
	if _, err := j.files.WriteFile(&buf, path); err != nil {
		return err
	}
	if len(posts) > 0 {
		j.since = posts[len(posts)-1].CreateAt
	}
	return nil
}
