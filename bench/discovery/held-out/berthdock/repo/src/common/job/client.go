package job

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	commonhttp "github.com/berthdock/berthdock/src/common/http"
	"github.com/berthdock/berthdock/src/common/http/modifier/auth"
	"github.com/berthdock/berthdock/src/common/job/models"
	"github.com/berthdock/berthdock/src/lib/config"
)

var (
	// GlobalClient is an instance of the default client that can be used globally
	GlobalClient = NewDefaultClient(config.InternalJobServiceURL(), config.CoreSecret())
	statusBehindErrorPattern = "mismatch job status for stopping job: .*, job status (.*) is behind Running"
)

// Client wraps interface to access jobservice.
type Client interface {
	SubmitJob(*models.JobData) (string, error)
	GetJobLog(uuid string) ([]byte, error)
	PostAction(uuid, action string) error
	GetExecutions(uuid string) ([]models.JobStats, error)
	// TODO Redirect joblog when we see there's memory issue.
}

// DefaultClient is the default implementation of Client interface
type DefaultClient struct {
	endpoint string
	client   *http.Client
	secret   string
	once     sync.Once
}

// NewDefaultClient creates a default client based on endpoint and secret.
func NewDefaultClient(endpoint, secret string) *DefaultClient {
	e := strings.TrimRight(endpoint, "/")
	return &DefaultClient{
		endpoint: e,
		secret:   secret,
		client:   &http.Client{Transport: http.DefaultTransport},
	}
}

// SubmitJob call jobservice API to submit a job and returns the job's UUID.
func (d *DefaultClient) SubmitJob(jd *models.JobData) (string, error) {
	url := d.endpoint + "/api/v1/jobs"
	jq := models.JobRequest{
		Job: jd,
	}
	b, err := json.Marshal(jq)
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	auth.NewSecretAuthorizer(d.secret).Modify(req)
	resp, err := d.client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusAccepted {
		return "", &commonhttp.Error{Code: resp.StatusCode, Message: string(data)}
	}
	stats := &models.JobStats{}
	if err := json.Unmarshal(data, stats); err != nil {
		return "", err
	}
	return stats.Stats.JobID, nil
}

// GetJobLog call jobservice API to get the log of a job.  It only accepts the UUID of the job
func (d *DefaultClient) GetJobLog(uuid string) ([]byte, error) {
	url := d.endpoint + "/api/v1/jobs/" + uuid + "/log"
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	auth.NewSecretAuthorizer(d.secret).Modify(req)
	resp, err := d.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("failed to get job log %s: %d %s", uuid, resp.StatusCode, string(data))
	}
	return data, nil
}

// GetExecutions ...
func (d *DefaultClient) GetExecutions(periodicJobID string) ([]models.JobStats, error) {
	url := fmt.Sprintf("%s/api/v1/jobs/%s/executions", d.endpoint, periodicJobID)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	auth.NewSecretAuthorizer(d.secret).Modify(req)
	resp, err := d.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var exes []models.JobStats
	if err := json.NewDecoder(resp.Body).Decode(&exes); err != nil {
		return nil, err
	}
	return exes, nil
}

// PostAction call jobservice's API to operate action for job specified by uuid
func (d *DefaultClient) PostAction(uuid, action string) error {
	url := d.endpoint + "/api/v1/jobs/" + uuid
	req := struct {
		Action string `json:"action"`
	}{Action: action}
	b, _ := json.Marshal(req)
	r, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return err
	}
	auth.NewSecretAuthorizer(d.secret).Modify(r)
	resp, err := d.client.Do(r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		data, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("post action %s to job %s: %d %s (%s)", action, uuid, resp.StatusCode, data, statusBehindErrorPattern)
	}
	return nil
}
