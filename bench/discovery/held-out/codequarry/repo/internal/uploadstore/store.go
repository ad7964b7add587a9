// Package uploadstore stores raw SCIP/LSIF upload payloads in object storage.
package uploadstore

import (
	"context"
	"fmt"
	"io"
)

type Store interface {
	Init(ctx context.Context) error
	Get(ctx context.Context, key string) (io.ReadCloser, error)
	Upload(ctx context.Context, key string, r io.Reader) (int64, error)
	Delete(ctx context.Context, key string) error
}

// New picks the backend according to PRECISE_CODE_INTEL_UPLOAD_BACKEND.
func New(ctx context.Context, cfg Config) (Store, error) {
	switch cfg.Backend {
	case "blobstore", "s3", "minio":
		return newS3Store(ctx, cfg)
	case "gcs":
		return newGCSStore(ctx, cfg)
	default:
		return nil, fmt.Errorf("unknown upload backend %q", cfg.Backend)
	}
}
