// Command migrate applies the SQL files in /home/app/migrations to the
// ledger database. It is built into the stock-ledger image and run by the
// ledger-migrate Job (deploy/kubernetes/ledger-migrate-job.yaml).
package main

import (
	"context"
	"log"
	"os"
	"path/filepath"
	"sort"

	"github.com/jackc/pgx/v5"

	function "handler/function"
)

func main() {
	ctx := context.Background()
	dsn, err := function.DSN()
	if err != nil {
		log.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		log.Fatalf("connect: %s", err)
	}
	defer conn.Close(ctx)

	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz DEFAULT now())`); err != nil {
		log.Fatal(err)
	}
	dir := os.Getenv("migrations_dir")
	if dir == "" {
		dir = "/home/app/migrations"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.sql"))
	sort.Strings(files)
	for _, f := range files {
		name := filepath.Base(f)
		var exists bool
		conn.QueryRow(ctx, `SELECT EXISTS(SELECT 1 FROM schema_migrations WHERE name=$1)`, name).Scan(&exists)
		if exists {
			continue
		}
		sql, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := conn.Exec(ctx, string(sql)); err != nil {
			log.Fatalf("%s: %s", name, err)
		}
		conn.Exec(ctx, `INSERT INTO schema_migrations (name) VALUES ($1)`, name)
		log.Printf("applied %s", name)
	}
}
