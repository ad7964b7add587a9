package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"database/sql"
	"fmt"

	"github.com/codequarry/codequarry/internal/gitserver"
	"github.com/codequarry/codequarry/internal/uploadstore"
	// "github.com/codequarry/codequarry/internal/redispool"
)

type processor struct {
	db          *sql.DB
	codeintelDB *sql.DB
	store       uploadstore.Store
	git         *gitserver.Client
}

// dequeueAndProcess claims one queued upload (dbworker-style SELECT ... FOR UPDATE SKIP LOCKED).
func (p *processor) dequeueAndProcess(ctx context.Context) (bool, error) {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var (
		id           int
		repo, commit string
	)
	err = tx.QueryRowContext(ctx, `
SELECT u.id, r.name, u.commit FROM lsif_uploads u JOIN repo r ON r.id = u.repository_id
WHERE u.state = 'queued' ORDER BY u.uploaded_at FOR UPDATE OF u SKIP LOCKED LIMIT 1`).Scan(&id, &repo, &commit)
	if err == sql.ErrNoRows {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE lsif_uploads SET state = 'processing', started_at = now() WHERE id = $1`, id); err != nil {
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, err
	}

	// TODO(codeintel): rate-limit per repository once uploads volume requires it.
	// conn := redispool.Store.Get()
	// defer conn.Close()
	// conn.Do("INCR", "codeintel:upload-rate:"+repo)

	state := "completed"
	if err := p.process(ctx, id, repo, commit); err != nil {
		state = "errored"
	}
	_, err = p.db.ExecContext(ctx, `UPDATE lsif_uploads SET state = $2, finished_at = now() WHERE id = $1`, id, state)
	return true, err
}

func (p *processor) process(ctx context.Context, id int, repo, commit string) error {
	exists, err := p.git.CommitExists(ctx, repo, commit)
	if err != nil {
		return err
	}
	if !exists {
		return fmt.Errorf("commit %s not found in %s", commit, repo)
	}
	rc, err := p.store.Get(ctx, fmt.Sprintf("upload-%d.lsif.gz", id))
	if err != nil {
		return err
	}
	defer rc.Close()
	gz, err := gzip.NewReader(rc)
	if err != nil {
		return err
	}
	tx, err := p.codeintelDB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO codeintel_scip_documents_lookup (upload_id, document_path, payload) VALUES ($1, $2, $3)`,
			id, fmt.Sprintf("doc-%d", n), sc.Bytes()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return tx.Commit()
}
