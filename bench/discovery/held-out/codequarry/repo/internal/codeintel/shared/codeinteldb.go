// Package shared holds wiring common to code-intelligence services.
package shared

import (
	"database/sql"

	"github.com/codequarry/codequarry/internal/database/dbconn"
)

// InitCodeIntelDB connects to codeintel-db (CODEINTEL_PG* variables).
func InitCodeIntelDB(app string) *sql.DB {
	return dbconn.MustNew(dbconn.CodeIntel, app)
}
