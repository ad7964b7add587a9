CREATE TABLE IF NOT EXISTS codeintel_scip_documents_lookup (
  id bigserial PRIMARY KEY,
  upload_id integer NOT NULL,
  document_path text NOT NULL,
  payload bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS codeintel_scip_documents_lookup_upload_id ON codeintel_scip_documents_lookup (upload_id);
