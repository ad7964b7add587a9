package s3

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNewS3Client(t *testing.T) {
	d := &ArtifactDriver{Endpoint: "localhost:9000", AccessKey: "admin", SecretKey: "password", Secure: false}
	client, err := d.newS3Client()
	assert.NoError(t, err)
	assert.Equal(t, "localhost:9000", client.EndpointURL().Host)
}
