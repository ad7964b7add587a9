package objectstorage

import (
	"crypto/tls"
	"io"
	"net/http"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	_session "github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"

	"sessioncast/backend/internal/config/common"
)

type storageImpl struct {
	uploader *s3manager.Uploader
	bucket   *string
}

// NewS3Storage builds an uploader against AWS_ENDPOINT (MinIO in self-hosted installs).
func NewS3Storage(cfg *common.ObjectsConfig) (*storageImpl, error) {
	config := &aws.Config{
		Region:      aws.String(cfg.AWSRegion),
		Credentials: credentials.NewStaticCredentials(cfg.AWSAccessKey, cfg.AWSSecretKey, ""),
	}
	if cfg.AWSEndpoint != "" {
		config.Endpoint = aws.String(cfg.AWSEndpoint)
		config.DisableSSL = aws.Bool(true)
		config.S3ForcePathStyle = aws.Bool(true)
		if cfg.AWSSkipSSL {
			config.HTTPClient = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
		}
	}
	sess, err := _session.NewSession(config)
	if err != nil {
		return nil, err
	}
	return &storageImpl{uploader: s3manager.NewUploader(sess), bucket: &cfg.BucketName}, nil
}

func (s *storageImpl) Upload(reader io.Reader, key string, contentType string, compressed bool) error {
	input := &s3manager.UploadInput{
		Body:        reader,
		Bucket:      s.bucket,
		Key:         &key,
		ContentType: &contentType,
	}
	if compressed {
		input.ContentEncoding = aws.String("zstd")
	}
	_, err := s.uploader.Upload(input)
	return err
}
