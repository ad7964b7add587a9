// Package uploads accepts SCIP index uploads from `cq-cli code-intel upload`,
// writes the payload to the upload store (blobstore) and enqueues a record
// for precise-code-intel-worker in the lsif_uploads table.
package uploads

import (
	"database/sql"
	"fmt"
	"net/http"

	"github.com/codequarry/codequarry/internal/uploadstore"
)

type handler struct {
	db    *sql.DB
	store uploadstore.Store
}

func NewHandler(db *sql.DB, store uploadstore.Store) http.Handler {
	return &handler{db: db, store: store}
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var id int
	err := h.db.QueryRowContext(r.Context(), `
INSERT INTO lsif_uploads (repository_id, commit, root, indexer, state)
VALUES ((SELECT id FROM repo WHERE name = $1), $2, $3, $4, 'uploading') RETURNING id`,
		q.Get("repository"), q.Get("commit"), q.Get("root"), q.Get("indexerName")).Scan(&id)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	size, err := h.store.Upload(r.Context(), fmt.Sprintf("upload-%d.lsif.gz", id), r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	_, _ = h.db.ExecContext(r.Context(), `UPDATE lsif_uploads SET state = 'queued', upload_size = $2 WHERE id = $1`, id, size)
	w.WriteHeader(http.StatusAccepted)
	fmt.Fprintf(w, `{"id":"%d"}`, id)
}
