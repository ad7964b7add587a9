package filestore

import (
	"context"
	"io"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/teamwharf/teamwharf/server/config"
)

// S3Backend talks to any S3-compatible object store (MinIO in our deployments).
type S3Backend struct {
	client *minio.Client
	bucket string
}

func NewS3Backend(s config.FileSettings) (*S3Backend, error) {
	client, err := minio.New(s.AmazonS3Endpoint, &minio.Options{
		Creds:  credentials.NewStaticV4(s.AmazonS3AccessKeyId, s.AmazonS3SecretAccessKey, ""),
		Secure: s.AmazonS3SSL,
		Region: s.AmazonS3Region,
	})
	if err != nil {
		return nil, err
	}
	b := &S3Backend{client: client, bucket: s.AmazonS3Bucket}
	ctx := context.Background()
	exists, err := client.BucketExists(ctx, b.bucket)
	if err == nil && !exists {
		err = client.MakeBucket(ctx, b.bucket, minio.MakeBucketOptions{Region: s.AmazonS3Region})
	}
	return b, err
}

func (b *S3Backend) WriteFile(r io.Reader, path string) (int64, error) {
	info, err := b.client.PutObject(context.Background(), b.bucket, path, r, -1, minio.PutObjectOptions{})
	return info.Size, err
}

func (b *S3Backend) Reader(path string) (io.ReadCloser, error) {
	return b.client.GetObject(context.Background(), b.bucket, path, minio.GetObjectOptions{})
}

func (b *S3Backend) RemoveFile(path string) error {
	return b.client.RemoveObject(context.Background(), b.bucket, path, minio.RemoveObjectOptions{})
}

func (b *S3Backend) ListDirectory(path string) ([]string, error) {
	var out []string
	for obj := range b.client.ListObjects(context.Background(), b.bucket, minio.ListObjectsOptions{Prefix: path}) {
		if obj.Err != nil {
			return nil, obj.Err
		}
		out = append(out, obj.Key)
	}
	return out, nil
}
