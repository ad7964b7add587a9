package jobs

import (
	"log"
	"time"

	"github.com/teamwharf/teamwharf/server/store/sqlstore"
)

type DataRetentionJob struct {
	store *sqlstore.SqlStore
	days  int
}

func (j *DataRetentionJob) Name() string            { return "data_retention" }
func (j *DataRetentionJob) Interval() time.Duration { return 24 * time.Hour }

func (j *DataRetentionJob) Run() error {
	cutoff := time.Now().AddDate(0, 0, -j.days).UnixMilli()
	n, err := j.store.PermanentDeletePostsBefore(cutoff)
	if err == nil {
		log.Printf("data retention removed %d posts", n)
	}
	return err
}
