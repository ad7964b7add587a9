// Package insights wires the code insights database.
package insights

import (
	"database/sql"

	"github.com/codequarry/codequarry/internal/database/dbconn"
	"github.com/codequarry/codequarry/internal/env"
)

var insightsEnabled = env.MustGetBool("DISABLE_CODE_INSIGHTS", false, "disable code insights") == false

// InitDB connects to codeinsights-db via CODEINSIGHTS_PGDATASOURCE.
func InitDB(app string) (*sql.DB, bool) {
	if !insightsEnabled {
		return nil, false
	}
	return dbconn.MustNew(dbconn.CodeInsights, app), true
}
