// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package scan

import (
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
	"github.com/quaymaster/quaymaster/src/lib/errors"
	"github.com/quaymaster/quaymaster/src/pkg/robot/model"
	"github.com/quaymaster/quaymaster/src/pkg/scan/dao/scanner"
	v1 "github.com/quaymaster/quaymaster/src/pkg/scan/rest/v1"
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
	JobParameterRobot = "robot"

	checkTimeout       = 30 * time.Minute
	firstCheckInterval = 2 * time.Second
)

// Job implements the job interface, it runs inside jobservice and talks to the scanner adapter
type Job struct{}

// MaxFails for defining the number of retries
func (j *Job) MaxFails() uint {
	return 3
}

// MaxCurrency is implementation of same method in Interface.
func (j *Job) MaxCurrency() uint {
	return 0
}

// ShouldRetry indicates whether the job should be retried
func (j *Job) ShouldRetry() bool {
	return true
}

// Validate the parameters of this job
func (j *Job) Validate(params job.Parameters) error {
	if params == nil {
		// Params are required
		return errors.New("missing parameter of scan job")
	}
	if _, err := extractRegistration(params); err != nil {
		return errors.Wrap(err, "job validate")
	}
	if _, err := ExtractScanReq(params); err != nil {
		return errors.Wrap(err, "job validate")
	}
	return nil
}

// Run the job
func (j *Job) Run(ctx job.Context, params job.Parameters) error {
	// Get logger
	myLogger := ctx.GetLogger()

	// shouldStop checks if the job should be stopped
	shouldStop := func() bool {
		if cmd, ok := ctx.OPCommand(); ok && cmd == job.StopCommand {
			myLogger.Info("scan job was stopped")
			return true
		}
		return false
	}

	// Ignore errors as they have been validated already
	r, _ := extractRegistration(params)
	req, _ := ExtractScanReq(params)
	mimeTypes, _ := extractMimeTypes(params)
	robotAccount, _ := extractRobotAccount(params)

	// Print related infos to log
	printJSONParameter(JobParamRegistration, removeRegistrationAuthInfo(r), myLogger)
	printJSONParameter(JobParameterRequest, removeScanAuthInfo(req), myLogger)

	// Submit scan request to the scanner adapter
	client, err := r.Client(v1.DefaultClientPool)
	if err != nil {
		return errors.Wrap(err, "scan job: get client")
	}

	// Set authorization for the scanner to pull the artifact from the internal registry address
	authType, _ := extractAuthType(params)
	authorization, err := makeBearerAuthorization(robotAccount, req.Registry.URL, req.Artifact.Repository)
	if err != nil {
		return err
	}
	req.Registry.Authorization = fmt.Sprintf("%s %s", authType, authorization)

	resp, err := client.SubmitScan(req)
	if err != nil {
		return logAndWrapError(myLogger, err, "scan job: submit scan request")
	}

	// Wait for the scan report to be ready
	var (
		wg   sync.WaitGroup
		errs = make([]error, len(mimeTypes))
	)
	for i, mt := range mimeTypes {
		wg.Add(1)
		go func(i int, m string) {
			defer wg.Done()
			tm := time.NewTimer(firstCheckInterval)
			defer tm.Stop()
			for {
				select {
				case t := <-tm.C:
					myLogger.Debugf("check scan report for mime %s at %s", m, t.Format("2006/01/02 15:04:05"))
					rawReport, err := client.GetScanReport(resp.ID, m)
					if err != nil {
						// Not ready yet
						if notReadyErr, ok := err.(*v1.ReportNotReadyError); ok {
							tm.Reset(time.Duration(notReadyErr.RetryAfter) * time.Second)
							continue
						}
						errs[i] = errors.Wrap(err, fmt.Sprintf("scan job: get report %s", m))
						return
					}
					errs[i] = j.saveReport(ctx, m, rawReport)
					return
				case <-time.After(checkTimeout):
					errs[i] = errors.New("scan job: check report timeout")
					return
				}
				if shouldStop() {
					return
				}
			}
		}(i, mt)
	}
	wg.Wait()

	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func extractRegistration(params job.Parameters) (*scanner.Registration, error) {
	v, ok := params[JobParamRegistration]
	if !ok {
		return nil, errors.Errorf("missing job parameter '%s'", JobParamRegistration)
	}
	jsonData, ok := v.(string)
	if !ok {
		return nil, errors.Errorf("malformed job parameter '%s'", JobParamRegistration)
	}
	r := &scanner.Registration{}
	if err := r.FromJSON(jsonData); err != nil {
		return nil, err
	}
	return r, nil
}

func extractRobotAccount(params job.Parameters) (*model.Robot, error) {
	v, ok := params[JobParameterRobot]
	if !ok {
		return nil, errors.Errorf("missing job parameter '%s'", JobParameterRobot)
	}
	r := &model.Robot{}
	if err := json.Unmarshal([]byte(v.(string)), r); err != nil {
		return nil, err
	}
	return r, nil
}

func logAndWrapError(logger logger.Interface, err error, message string) error {
	e := errors.Wrap(err, message)
	logger.Error(e)
	return e
}
