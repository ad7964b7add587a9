package migrations

import "github.com/uptrace/bun/migrate"

var (
	Catalog = migrate.NewMigrations()
	Copy    = migrate.NewMigrations()
)
