package webhook

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/berthdock/berthdock/src/jobservice/job"
	"github.com/berthdock/berthdock/src/jobservice/logger"
)

const (
	maxFails = "JOBSERVICE_WEBHOOK_JOB_MAX_RETRY"
	clientTimeout = "JOBSERVICE_WEBHOOK_JOB_HTTP_CLIENT_TIMEOUT"
)

// WebhookJob implements the job interface, which send notification by http or https.
// Targets are the addresses configured in project webhook policies (runtime data).
type WebhookJob struct {
	client *http.Client
	logger logger.Interface
	ctx    job.Context
}

// MaxFails returns that how many times this job can fail, get this value from ctx.
func (wj *WebhookJob) MaxFails() (result uint) {
	result = 10
	if maxFails, exist := os.LookupEnv(maxFails); exist {
		if v, err := strconv.Atoi(maxFails); err == nil {
			result = uint(v)
		}
	}
	return
}

// MaxCurrency is implementation of same method in Interface.
func (wj *WebhookJob) MaxCurrency() uint { return 0 }

// ShouldRetry ...
func (wj *WebhookJob) ShouldRetry() bool { return true }

// Validate implements the interface in job/Interface
func (wj *WebhookJob) Validate(params job.Parameters) error { return nil }

// Run implements the interface in job/Interface
func (wj *WebhookJob) Run(ctx job.Context, params job.Parameters) error {
	if err := wj.init(ctx, params); err != nil {
		return err
	}
	return wj.execute(ctx, params)
}

func (wj *WebhookJob) init(ctx job.Context, params map[string]interface{}) error {
	wj.logger = ctx.GetLogger()
	wj.ctx = ctx
	timeout := 3
	if v, err := strconv.Atoi(os.Getenv(clientTimeout)); err == nil {
		timeout = v
	}
	skipCertVerify, _ := params["skip_cert_verify"].(bool)
	wj.client = &http.Client{
		Timeout: time.Duration(timeout) * time.Second,
		Transport: &http.Transport{
			Proxy:           http.ProxyFromEnvironment,
			TLSClientConfig: &tls.Config{InsecureSkipVerify: skipCertVerify},
		},
	}
	return nil
}

// execute webhook job
func (wj *WebhookJob) execute(ctx job.Context, params map[string]interface{}) error {
	payload := params["payload"].(string)
	address := params["address"].(string)

	req, err := http.NewRequest(http.MethodPost, address, bytes.NewReader([]byte(payload)))
	if err != nil {
		return err
	}
	if v, ok := params["auth_header"]; ok && len(v.(string)) > 0 {
		req.Header.Set("Authorization", v.(string))
	}
	if v, ok := params["header"]; ok && len(v.(string)) > 0 {
		var header map[string][]string
		if err := json.Unmarshal([]byte(v.(string)), &header); err != nil {
			return fmt.Errorf("failed to parse header: %w", err)
		}
		req.Header = header
	}
	req.Header.Set("Content-Type", "application/json")

	resp, err := wj.client.Do(req)
	if err != nil {
		return fmt.Errorf("webhook job(target: %s) response code is %v", address, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook job(target: %s) response code is %d", address, resp.StatusCode)
	}
	return nil
}
