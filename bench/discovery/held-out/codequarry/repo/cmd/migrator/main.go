// Command migrator applies schema migrations to the frontend, codeintel and
// codeinsights databases. Runs once before the other services start.
package main

import (
	"context"
	"database/sql"
	"embed"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"sort"
	"strings"

	"github.com/codequarry/codequarry/internal/database/dbconn"
)

//go:embed migrations
var migrationsFS embed.FS

var schemas = map[string]dbconn.Schema{
	"frontend":     dbconn.Frontend,
	"codeintel":    dbconn.CodeIntel,
	"codeinsights": dbconn.CodeInsights,
}

func main() {
	up := flag.String("db", "frontend,codeintel,codeinsights", "schemas to migrate")
	flag.Parse()
	ctx := context.Background()
	for _, name := range strings.Split(*up, ",") {
		schema, ok := schemas[name]
		if !ok {
			log.Fatalf("unknown schema %q", name)
		}
		db, err := dbconn.New(ctx, schema, "migrator")
		if err != nil {
			log.Fatalf("%s: %v", name, err)
		}
		if err := migrate(ctx, db, name); err != nil {
			log.Fatalf("%s: %v", name, err)
		}
		db.Close()
		log.Printf("migrated %s", name)
	}
}

func migrate(ctx context.Context, db *sql.DB, name string) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migration_logs (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())`); err != nil {
		return err
	}
	files, err := fs.Glob(migrationsFS, "migrations/"+name+"/*.up.sql")
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		var exists bool
		_ = db.QueryRowContext(ctx, `SELECT true FROM migration_logs WHERE version = $1`, f).Scan(&exists)
		if exists {
			continue
		}
		sqlText, _ := migrationsFS.ReadFile(f)
		if _, err := db.ExecContext(ctx, string(sqlText)); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		_, _ = db.ExecContext(ctx, `INSERT INTO migration_logs (version) VALUES ($1)`, f)
	}
	return nil
}
