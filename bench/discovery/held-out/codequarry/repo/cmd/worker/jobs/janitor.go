package jobs

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/uploadstore"
)

// UploadJanitor expires uploads whose commit disappeared from the repository
// and deletes their payloads from the upload store and codeintel-db.
type UploadJanitor struct {
	DB          *sql.DB
	CodeIntelDB *sql.DB
	Store       uploadstore.Store
	Git         *gitserver.Client
}

func (j *UploadJanitor) Name() string { return "codeintel-upload-janitor" }

func (j *UploadJanitor) Run(ctx context.Context) error {
	rows, err := j.DB.QueryContext(ctx, `
SELECT u.id, r.name, u.commit FROM lsif_uploads u JOIN repo r ON r.id = u.repository_id
WHERE u.state = 'completed' AND u.last_checked_at < now() - interval '1 day' LIMIT 100`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id           int
			repo, commit string
		)
		if err := rows.Scan(&id, &repo, &commit); err != nil {
			return err
		}
		if _, err := j.Git.ResolveRevision(ctx, repo, commit); err == nil {
			_, _ = j.DB.ExecContext(ctx, `UPDATE lsif_uploads SET last_checked_at = now() WHERE id = $1`, id)
			continue
		}
		if err := j.Store.Delete(ctx, fmt.Sprintf("upload-%d.lsif.gz", id)); err != nil {
			return err
		}
		if _, err := j.CodeIntelDB.ExecContext(ctx, `DELETE FROM codeintel_scip_documents_lookup WHERE upload_id = $1`, id); err != nil {
			return err
		}
		_, _ = j.DB.ExecContext(ctx, `UPDATE lsif_uploads SET state = 'deleted' WHERE id = $1`, id)
	}
	return rows.Err()
}
