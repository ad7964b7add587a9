package job

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quaymaster/quaymaster/src/common/job/models"
)

var testClient *DefaultClient

func TestMain(m *testing.M) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/v1/jobs":
			w.WriteHeader(http.StatusAccepted)
			_, _ = w.Write([]byte(`{"job":{"id":"abc-123","status":"Pending"}}`))
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	defer ts.Close()
	testClient = NewDefaultClient(ts.URL, "")
	os.Exit(m.Run())
}

func TestSubmitJob(t *testing.T) {
	assert := assert.New(t)
	d := &models.JobData{
		Name: "replication",
		Metadata: &models.JobMetadata{
			JobKind: "Generic",
		},
	}
	uuid, err := testClient.SubmitJob(d)
	assert.Nil(err)
	assert.Equal("abc-123", uuid)
}

func TestGetJobLogFailed(t *testing.T) {
	_, err := testClient.GetJobLog("non-exist")
	assert.NotNil(t, err)
}
