package s3

import (
	"context"
	"fmt"
	"io"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	log "github.com/sirupsen/logrus"

	"github.com/kilnworks/flowforge/v3/workflow/artifacts/common"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// ArtifactDriver is a driver for AWS S3 and S3-compatible stores such as MinIO.
type ArtifactDriver struct {
	Endpoint    string
	Region      string
	Secure      bool
	AccessKey   string
	SecretKey   string
	UseSDKCreds bool
}

var _ common.ArtifactDriver = &ArtifactDriver{}

func (s3Driver *ArtifactDriver) newS3Client() (*minio.Client, error) {
	var creds *credentials.Credentials
	if s3Driver.UseSDKCreds || s3Driver.AccessKey == "" {
		creds = credentials.NewIAM("")
	} else {
		creds = credentials.NewStaticV4(s3Driver.AccessKey, s3Driver.SecretKey, "")
	}
	return minio.New(s3Driver.Endpoint, &minio.Options{Creds: creds, Secure: s3Driver.Secure, Region: s3Driver.Region})
}

func (s3Driver *ArtifactDriver) Load(ctx context.Context, art *wfv1.Artifact, path string) error {
	client, err := s3Driver.newS3Client()
	if err != nil {
		return err
	}
	log.WithFields(log.Fields{"endpoint": s3Driver.Endpoint, "bucket": art.S3.Bucket, "key": art.S3.Key}).Info("S3 Load")
	return client.FGetObject(ctx, art.S3.Bucket, art.S3.Key, path, minio.GetObjectOptions{})
}

func (s3Driver *ArtifactDriver) Save(ctx context.Context, path string, art *wfv1.Artifact) error {
	client, err := s3Driver.newS3Client()
	if err != nil {
		return err
	}
	exists, err := client.BucketExists(ctx, art.S3.Bucket)
	if err != nil {
		return err
	}
	if !exists {
		return fmt.Errorf("bucket %s does not exist", art.S3.Bucket)
	}
	_, err = client.FPutObject(ctx, art.S3.Bucket, art.S3.Key, path, minio.PutObjectOptions{})
	return err
}

func (s3Driver *ArtifactDriver) Delete(ctx context.Context, art *wfv1.Artifact) error {
	client, err := s3Driver.newS3Client()
	if err != nil {
		return err
	}
	return client.RemoveObject(ctx, art.S3.Bucket, art.S3.Key, minio.RemoveObjectOptions{})
}

func (s3Driver *ArtifactDriver) OpenStream(ctx context.Context, art *wfv1.Artifact) (common.ReadCloser, error) {
	client, err := s3Driver.newS3Client()
	if err != nil {
		return nil, err
	}
	obj, err := client.GetObject(ctx, art.S3.Bucket, art.S3.Key, minio.GetObjectOptions{})
	if err != nil {
		return nil, err
	}
	return io.NopCloser(obj).(common.ReadCloser), nil
}
