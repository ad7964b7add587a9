package uploadstore

import "github.com/codequarry/codequarry/internal/env"

// Config is read from PRECISE_CODE_INTEL_UPLOAD_* variables.
type Config struct {
	Backend      string // "blobstore", "s3" or "gcs"
	Bucket       string
	ManageBucket bool
	TTLDays      int

	S3Endpoint        string
	S3Region          string
	S3AccessKeyID     string
	S3SecretAccessKey string
	S3UsePathStyle    bool

	GCSProjectID string
}

func LoadConfig() Config {
	return Config{
		Backend:           env.Get("PRECISE_CODE_INTEL_UPLOAD_BACKEND", "blobstore", "upload store backend: blobstore, s3, gcs"),
		Bucket:            env.Get("PRECISE_CODE_INTEL_UPLOAD_BUCKET", "lsif-uploads", "bucket name"),
		ManageBucket:      env.MustGetBool("PRECISE_CODE_INTEL_UPLOAD_MANAGE_BUCKET", false, "create the bucket if missing"),
		TTLDays:           7,
		S3Endpoint:        env.Get("PRECISE_CODE_INTEL_UPLOAD_AWS_ENDPOINT", "http://blobstore:9000", "S3-compatible endpoint"),
		S3Region:          env.Get("PRECISE_CODE_INTEL_UPLOAD_AWS_REGION", "us-east-1", "S3 region"),
		S3AccessKeyID:     env.Get("PRECISE_CODE_INTEL_UPLOAD_AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE", "access key"),
		S3SecretAccessKey: env.Get("PRECISE_CODE_INTEL_UPLOAD_AWS_SECRET_ACCESS_KEY", "", "secret key"),
		S3UsePathStyle:    env.MustGetBool("PRECISE_CODE_INTEL_UPLOAD_AWS_USE_PATH_STYLE", true, "path-style addressing"),
		GCSProjectID:      env.Get("PRECISE_CODE_INTEL_UPLOAD_GCP_PROJECT_ID", "", "GCS project"),
	}
}
