package aws

import (
	"bytes"
	"context"
	"flag"
	"io"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3iface"
)

// S3Config configures the S3-compatible object store (AWS S3, MinIO, Ceph...).
type S3Config struct {
	Endpoint         string `yaml:"endpoint"`
	BucketNames      string `yaml:"bucketnames"`
	AccessKeyID      string `yaml:"access_key_id"`
	SecretAccessKey  string `yaml:"secret_access_key"`
	Insecure         bool   `yaml:"insecure"`
	S3ForcePathStyle bool   `yaml:"s3forcepathstyle"`
	Region           string `yaml:"region"`
}

func (cfg *S3Config) RegisterFlagsWithPrefix(prefix string, f *flag.FlagSet) {
	f.StringVar(&cfg.Endpoint, prefix+"s3.endpoint", "", "S3 Endpoint to connect to.")
	f.StringVar(&cfg.BucketNames, prefix+"s3.buckets", "", "Comma separated list of bucket names to evenly distribute chunks over.")
	f.BoolVar(&cfg.S3ForcePathStyle, prefix+"s3.force-path-style", false, "Set this to `true` to force the request to use path-style addressing.")
}

type S3ObjectClient struct {
	cfg     S3Config
	bucket  string
	S3      s3iface.S3API
}

func NewS3ObjectClient(cfg S3Config) (*S3ObjectClient, error) {
	awsCfg := aws.NewConfig().
		WithEndpoint(cfg.Endpoint).
		WithDisableSSL(cfg.Insecure).
		WithS3ForcePathStyle(cfg.S3ForcePathStyle).
		WithRegion(orDefault(cfg.Region, "dummy")).
		WithCredentials(credentials.NewStaticCredentials(cfg.AccessKeyID, cfg.SecretAccessKey, ""))
	sess, err := session.NewSession(awsCfg)
	if err != nil {
		return nil, err
	}
	return &S3ObjectClient{cfg: cfg, bucket: cfg.BucketNames, S3: s3.New(sess)}, nil
}

func (a *S3ObjectClient) GetObject(ctx context.Context, objectKey string) (io.ReadCloser, int64, error) {
	resp, err := a.S3.GetObjectWithContext(ctx, &s3.GetObjectInput{Bucket: aws.String(a.bucket), Key: aws.String(objectKey)})
	if err != nil {
		return nil, 0, err
	}
	return resp.Body, *resp.ContentLength, nil
}

func (a *S3ObjectClient) PutObject(ctx context.Context, objectKey string, object io.Reader) error {
	buf, err := io.ReadAll(object)
	if err != nil {
		return err
	}
	_, err = a.S3.PutObjectWithContext(ctx, &s3.PutObjectInput{Body: bytes.NewReader(buf), Bucket: aws.String(a.bucket), Key: aws.String(objectKey)})
	return err
}

func (a *S3ObjectClient) DeleteObject(ctx context.Context, objectKey string) error {
	_, err := a.S3.DeleteObjectWithContext(ctx, &s3.DeleteObjectInput{Bucket: aws.String(a.bucket), Key: aws.String(objectKey)})
	return err
}

func (a *S3ObjectClient) List(ctx context.Context, prefix, delimiter string) ([]string, error) {
	var keys []string
	err := a.S3.ListObjectsV2PagesWithContext(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(a.bucket), Prefix: aws.String(prefix), Delimiter: aws.String(delimiter)},
		func(page *s3.ListObjectsV2Output, _ bool) bool {
			for _, c := range page.Contents {
				keys = append(keys, *c.Key)
			}
			return true
		})
	return keys, err
}
