package s3store

import (
	"bytes"
	"context"
	"fmt"
	"net/url"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"

	"go.timeweave.io/server/common/config"
)

// HistoryArchiver uploads closed workflow histories to s3://bucket/prefix URIs set per
// namespace. It is only constructed when archival.history.state is "enabled" and the
// s3store provider is configured.
type HistoryArchiver struct {
	s3 *s3.S3
}

func NewHistoryArchiver(cfg *config.S3Archiver) (*HistoryArchiver, error) {
	if cfg == nil {
		return nil, fmt.Errorf("s3store provider not configured")
	}
	awsCfg := aws.NewConfig().WithRegion(cfg.Region).WithS3ForcePathStyle(cfg.S3ForcePathStyle)
	if cfg.Endpoint != nil {
		awsCfg = awsCfg.WithEndpoint(*cfg.Endpoint)
	}
	sess, err := session.NewSession(awsCfg)
	if err != nil {
		return nil, err
	}
	return &HistoryArchiver{s3: s3.New(sess)}, nil
}

func (a *HistoryArchiver) Archive(ctx context.Context, uri string, key string, blob []byte) error {
	u, err := url.Parse(uri)
	if err != nil {
		return err
	}
	_, err = a.s3.PutObjectWithContext(ctx, &s3.PutObjectInput{
		Bucket: aws.String(u.Host),
		Key:    aws.String(u.Path + "/" + key),
		Body:   bytes.NewReader(blob),
	})
	return err
}
