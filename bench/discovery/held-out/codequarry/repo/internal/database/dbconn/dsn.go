package dbconn

import (
	"fmt"
	"net/url"
	"os"
)

// BuildDSN assembles a postgres:// URL from the libpq-style variables with the
// given prefix ("" for the frontend database, "CODEINTEL_" for codeintel-db).
// Defaults point at a developer's local postgres; deployments override them.
func BuildDSN(prefix string) string {
	get := func(name, def string) string {
		if v := os.Getenv(prefix + name); v != "" {
			return v
		}
		return def
	}
	if dsn := os.Getenv(prefix + "PGDATASOURCE"); dsn != "" {
		return dsn
	}
	u := url.URL{
		Scheme: "postgres",
		User:   url.UserPassword(get("PGUSER", "codequarry"), get("PGPASSWORD", "codequarry")),
		Host:   fmt.Sprintf("%s:%s", get("PGHOST", "localhost"), get("PGPORT", "5432")),
		Path:   "/" + get("PGDATABASE", "codequarry"),
	}
	q := url.Values{}
	q.Set("sslmode", get("PGSSLMODE", "disable"))
	q.Set("application_name", os.Getenv("SRC_SERVICE_NAME"))
	u.RawQuery = q.Encode()
	return u.String()
}
