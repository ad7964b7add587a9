package scan

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/berthdock/berthdock/src/jobservice/job"
	"github.com/berthdock/berthdock/src/jobservice/logger"
	"github.com/berthdock/berthdock/src/lib/config"
	v1 "github.com/berthdock/berthdock/src/pkg/scan/rest/v1"
	"github.com/berthdock/berthdock/src/pkg/scan/dao/scanner"
)

const (
	// JobParamRegistration ...
	JobParamRegistration = "registration"
	// JobParameterRequest ...
	JobParameterRequest = "scanRequest"
	// JobParameterMimes ...
	JobParameterMimes = "mimeTypes"
	// JobParameterAuthType ...
	JobParameterAuthType = "authType"
	// JobParameterRobot ...
	JobParameterRobot = "robotAccount"

	checkTimeout       = 30 * time.Minute
	firstCheckInterval = 2 * time.Second
)

// Job for running scan in the job service with async way
type Job struct{}

// MaxFails for defining the number of retries
func (j *Job) MaxFails() uint { return 3 }

// MaxCurrency is implementation of same method in Interface.
func (j *Job) MaxCurrency() uint { return 0 }

// ShouldRetry indicates if the job should be retried
func (j *Job) ShouldRetry() bool { return true }

// Validate the parameters of this job
func (j *Job) Validate(params job.Parameters) error {
	if params == nil {
		return fmt.Errorf("missing parameter of scan job")
	}
	if _, err := extractRegistration(params); err != nil {
		return fmt.Errorf("job validate: %w", err)
	}
	if _, err := ExtractScanReq(params); err != nil {
		return fmt.Errorf("job validate: %w", err)
	}
	return nil
}

// Run the job. The scanner endpoint comes from the scanner registration stored by core
// (the bundled Trivy adapter at TRIVY_ADAPTER_URL unless an admin added another scanner).
func (j *Job) Run(ctx job.Context, params job.Parameters) error {
	myLogger := ctx.GetLogger()

	r, _ := extractRegistration(params)
	req, _ := ExtractScanReq(params)
	mimeTypes, _ := extractMimeTypes(params)

	// Pull through core, never directly from the registry
	if r.UseInternalAddr {
		req.Registry.URL = config.InternalCoreURL()
	}

	client, err := v1.NewClient(r.URL, r.Auth, r.AccessCredential, r.SkipCertVerify)
	if err != nil {
		return logAndWrapError(myLogger, err, "scan job: get client")
	}

	resp, err := client.SubmitScan(req)
	if err != nil {
		return logAndWrapError(myLogger, err, "scan job: submit scan request")
	}

	for _, m := range mimeTypes {
		deadline := time.Now().Add(checkTimeout)
		interval := firstCheckInterval
		for time.Now().Before(deadline) {
			rawReport, err := client.GetScanReport(resp.ID, m)
			if err == nil {
				ctx.Checkin(rawReport)
				break
			}
			myLogger.Debugf("report %s not ready: %v", resp.ID, err)
			time.Sleep(interval)
			if interval < 30*time.Second {
				interval *= 2
			}
		}
	}
	return nil
}

// ExtractScanReq extracts the scan request from the job parameters.
func ExtractScanReq(params job.Parameters) (*v1.ScanRequest, error) {
	v, ok := params[JobParameterRequest]
	if !ok {
		return nil, fmt.Errorf("missing job parameter '%s'", JobParameterRequest)
	}
	jsonData, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("malformed job parameter '%s'", JobParameterRequest)
	}
	req := &v1.ScanRequest{}
	if err := json.Unmarshal([]byte(jsonData), req); err != nil {
		return nil, err
	}
	if req.Registry == nil || req.Artifact == nil {
		return nil, fmt.Errorf("invalid scan request")
	}
	return req, nil
}

func extractRegistration(params job.Parameters) (*scanner.Registration, error) {
	v, ok := params[JobParamRegistration]
	if !ok {
		return nil, fmt.Errorf("missing job parameter '%s'", JobParamRegistration)
	}
	jsonData, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("malformed job parameter '%s'", JobParamRegistration)
	}
	r := &scanner.Registration{}
	if err := r.FromJSON(jsonData); err != nil {
		return nil, err
	}
	return r, nil
}

func extractMimeTypes(params job.Parameters) ([]string, error) {
	v, ok := params[JobParameterMimes]
	if !ok {
		return nil, fmt.Errorf("missing job parameter '%s'", JobParameterMimes)
	}
	arr, ok := v.([]interface{})
	if !ok {
		return nil, fmt.Errorf("malformed job parameter '%s'", JobParameterMimes)
	}
	mimes := make([]string, 0, len(arr))
	for _, m := range arr {
		if s, ok := m.(string); ok {
			mimes = append(mimes, s)
		}
	}
	return mimes, nil
}

func logAndWrapError(logger logger.Interface, err error, message string) error {
	e := fmt.Errorf("%s: %w", message, err)
	logger.Error(e)
	return e
}
