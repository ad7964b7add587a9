package dbconn

import (
	"os"
	"strings"
	"testing"
)

func TestBuildDSNDefaults(t *testing.T) {
	os.Unsetenv("PGHOST")
	dsn := BuildDSN("")
	if !strings.Contains(dsn, "localhost:5432") {
		t.Fatalf("expected localhost default, got %s", dsn)
	}
}

func TestBuildDSNCodeIntelPrefix(t *testing.T) {
	t.Setenv("CODEINTEL_PGHOST", "codeintel-test.local")
	t.Setenv("CODEINTEL_PGDATABASE", "codeintel_test")
	dsn := BuildDSN("CODEINTEL_")
	if !strings.Contains(dsn, "codeintel-test.local:5432/codeintel_test") {
		t.Fatalf("unexpected dsn %s", dsn)
	}
}

func TestPGDataSourceWins(t *testing.T) {
	t.Setenv("CODEINSIGHTS_PGDATASOURCE", "postgres://u:p@127.0.0.1:5435/insights")
	if got := BuildDSN("CODEINSIGHTS_"); got != "postgres://u:p@127.0.0.1:5435/insights" {
		t.Fatalf("got %s", got)
	}
}
