package database

import (
	"context"
	"database/sql"
	"time"
)

// Repo is a row of the repo table in the frontend database.
type Repo struct {
	ID          int32
	Name        string
	ExternalID  string
	ServiceType string
	CloneURL    string
	UpdatedAt   time.Time
}

// RepoStore reads and writes repositories.
type RepoStore struct{ db *sql.DB }

func Repos(db *sql.DB) *RepoStore { return &RepoStore{db: db} }

func (s *RepoStore) Upsert(ctx context.Context, r Repo) error {
	_, err := s.db.ExecContext(ctx, `
INSERT INTO repo (name, external_id, external_service_type, clone_url, updated_at)
VALUES ($1, $2, $3, $4, now())
ON CONFLICT (external_service_type, external_id) DO UPDATE
SET name = EXCLUDED.name, clone_url = EXCLUDED.clone_url, updated_at = now()`,
		r.Name, r.ExternalID, r.ServiceType, r.CloneURL)
	return err
}

func (s *RepoStore) ListIndexable(ctx context.Context) ([]Repo, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, clone_url FROM repo WHERE deleted_at IS NULL ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Repo
	for rows.Next() {
		var r Repo
		if err := rows.Scan(&r.ID, &r.Name, &r.CloneURL); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// GitserverRepos tracks clone status per shard.
type GitserverRepos struct{ db *sql.DB }

func NewGitserverRepos(db *sql.DB) *GitserverRepos { return &GitserverRepos{db: db} }

func (s *GitserverRepos) SetCloneStatus(ctx context.Context, repo, status, shard string) error {
	_, err := s.db.ExecContext(ctx, `
UPDATE gitserver_repos SET clone_status = $2, shard_id = $3, updated_at = now()
WHERE repo_id = (SELECT id FROM repo WHERE name = $1)`, repo, status, shard)
	return err
}
