package uploadstore

import (
	"context"
	"io"

	"cloud.google.com/go/storage"
)

// gcsStore is used by customers running on GKE with a Google Cloud Storage
// bucket (PRECISE_CODE_INTEL_UPLOAD_BACKEND=gcs).
type gcsStore struct {
	bucket string
	client *storage.Client
}

func newGCSStore(ctx context.Context, cfg Config) (*gcsStore, error) {
	client, err := storage.NewClient(ctx)
	if err != nil {
		return nil, err
	}
	return &gcsStore{bucket: cfg.Bucket, client: client}, nil
}

func (s *gcsStore) Init(ctx context.Context) error { return nil }

func (s *gcsStore) Get(ctx context.Context, key string) (io.ReadCloser, error) {
	return s.client.Bucket(s.bucket).Object(key).NewReader(ctx)
}

func (s *gcsStore) Upload(ctx context.Context, key string, r io.Reader) (int64, error) {
	w := s.client.Bucket(s.bucket).Object(key).NewWriter(ctx)
	n, err := io.Copy(w, r)
	if err != nil {
		return n, err
	}
	return n, w.Close()
}

func (s *gcsStore) Delete(ctx context.Context, key string) error {
	return s.client.Bucket(s.bucket).Object(key).Delete(ctx)
}
