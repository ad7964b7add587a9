package storage

import (
	"bytes"
	"path"

	minio "github.com/minio/minio-go/v6"
	"github.com/kubeflow/pipelines/backend/src/common/util"
)

type MinioObjectStore struct {
	minioClient      MinioClientInterface
	bucketName       string
	baseFolder       string
	disableMultipart bool
}

func (m *MinioObjectStore) GetPipelineKey(pipelineID string) string {
	return path.Join(m.baseFolder, pipelineID)
}

func (m *MinioObjectStore) AddFile(file []byte, filePath string) error {
	var parts int64 = 0
	if m.disableMultipart {
		parts = int64(len(file))
	}
	_, err := m.minioClient.PutObject(m.bucketName, filePath, bytes.NewReader(file), parts, minio.PutObjectOptions{ContentType: "application/octet-stream"})
	if err != nil {
		return util.NewInternalServerError(err, "Failed to store %v", filePath)
	}
	return nil
}

func (m *MinioObjectStore) GetFile(filePath string) ([]byte, error) {
	reader, err := m.minioClient.GetObject(m.bucketName, filePath, minio.GetObjectOptions{})
	if err != nil {
		return nil, util.NewInternalServerError(err, "Failed to get %v", filePath)
	}
	buf := new(bytes.Buffer)
	buf.ReadFrom(reader)
	return buf.Bytes(), nil
}

func NewMinioObjectStore(minioClient MinioClientInterface, bucketName string, baseFolder string, disableMultipart bool) *MinioObjectStore {
	return &MinioObjectStore{minioClient: minioClient, bucketName: bucketName, baseFolder: baseFolder, disableMultipart: disableMultipart}
}
