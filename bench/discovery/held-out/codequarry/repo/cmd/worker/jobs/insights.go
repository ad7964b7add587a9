package jobs

import (
	"context"
	"database/sql"

	"github.com/codequarry/codequarry/internal/api/internalapi"
)

// InsightsRecorder executes the search query of each insight series through
// the frontend's streaming search API and records match counts in codeinsights-db.
type InsightsRecorder struct {
	DB         *sql.DB
	InsightsDB *sql.DB
}

func (j *InsightsRecorder) Name() string { return "insights-recorder" }

func (j *InsightsRecorder) Run(ctx context.Context) error {
	rows, err := j.InsightsDB.QueryContext(ctx, `SELECT id, query FROM insight_series WHERE deleted_at IS NULL AND next_recording_after < now()`)
	if err != nil {
		return err
	}
	defer rows.Close()
	type series struct {
		id    int
		query string
	}
	var todo []series
	for rows.Next() {
		var s series
		if err := rows.Scan(&s.id, &s.query); err != nil {
			return err
		}
		todo = append(todo, s)
	}
	for _, s := range todo {
		counts, err := internalapi.Client.StreamSearch(ctx, s.query+" count:all")
		if err != nil {
			return err
		}
		for repo, n := range counts {
			if _, err := j.InsightsDB.ExecContext(ctx,
				`INSERT INTO series_points (series_id, time, repo_name, value) VALUES ($1, now(), $2, $3)`, s.id, repo, n); err != nil {
				return err
			}
		}
		_, _ = j.InsightsDB.ExecContext(ctx, `UPDATE insight_series SET next_recording_after = now() + interval '1 day' WHERE id = $1`, s.id)
	}
	return nil
}
