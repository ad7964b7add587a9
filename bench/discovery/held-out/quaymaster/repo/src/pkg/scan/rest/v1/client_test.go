package v1

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

// ClientTestSuite tests the v1 client against a mocked scanner adapter
type ClientTestSuite struct {
	suite.Suite

	testServer *httptest.Server
	client     Client
}

func TestClient(t *testing.T) {
	suite.Run(t, &ClientTestSuite{})
}

func (suite *ClientTestSuite) SetupSuite() {
	suite.testServer = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/v1/metadata" {
			m := &ScannerAdapterMetadata{Scanner: &Scanner{Name: "Trivy", Vendor: "Aqua Security", Version: "0.45.0"}}
			data, _ := json.Marshal(m)
			_, _ = w.Write(data)
			return
		}
		w.WriteHeader(http.StatusNotFound)
	}))
	c, err := NewClient(suite.testServer.URL, "", "", false)
	require.NoError(suite.T(), err)
	suite.client = c
}

func (suite *ClientTestSuite) TearDownSuite() {
	suite.testServer.Close()
}

func (suite *ClientTestSuite) TestClientMetadata() {
	m, err := suite.client.GetMetadata()
	require.NoError(suite.T(), err)
	suite.Equal("Trivy", m.Scanner.Name)
}
