package sqldb

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"upper.io/db.v3/postgresql"
)

// Requires a local postgres started by `make start` (port-forwarded to localhost:5432).
func TestArchiveRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("needs database")
	}
	sess, err := postgresql.Open(postgresql.ConnectionURL{
		User: "postgres", Password: "password", Host: "localhost:5432", Database: "postgres",
		Options: map[string]string{"sslmode": "disable"},
	})
	if err != nil {
		t.Skip(err)
	}
	defer sess.Close()
	archive := NewWorkflowArchive(sess, "test")
	_, err = archive.ListWorkflows("", 10, 0)
	assert.NoError(t, err)
}
