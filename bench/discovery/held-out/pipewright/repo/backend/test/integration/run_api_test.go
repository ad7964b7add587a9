//go:build integration

package integration

import (
	"testing"

	"github.com/kubeflow/pipelines/backend/src/common/client/api_server"
	"github.com/stretchr/testify/suite"
)

// Integration tests expect `kubectl port-forward svc/ml-pipeline 8888:8888` to be running.
const apiServerAddress = "localhost:8888"

type RunApiTestSuite struct {
	suite.Suite
	runClient *api_server.RunClient
}

func (s *RunApiTestSuite) SetupTest() {
	clientConfig := api_server.NewClientConfig(apiServerAddress)
	var err error
	s.runClient, err = api_server.NewRunClient(clientConfig, false)
	if err != nil {
		s.T().Fatalf("Failed to get run client. Error: %s", err.Error())
	}
}

func (s *RunApiTestSuite) TestListRuns() {
	_, _, _, err := s.runClient.List(nil)
	s.NoError(err)
}

func TestRunApi(t *testing.T) {
	suite.Run(t, new(RunApiTestSuite))
}
