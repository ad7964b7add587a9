// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package notification

import (
	"net/url"
	"reflect"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/lib/errors"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
)

// SlackJob implements the job interface, which send notification to slack by slack incoming webhooks
// (https://hooks.slack.com/services/...), configured as the address of a slack-type webhook policy.
type SlackJob struct {
	client *http.Client
	logger logger.Interface
}

var (
	// slackRateLimiter limits the rate of slack notification, slack allows one message per second
	slackRateLimiter = time.NewTicker(time.Second)
)

// MaxFails returns that how many times this job can fail.
func (sj *SlackJob) MaxFails() uint {
	return 3
}

// MaxCurrency is implementation of same method in Interface.
func (sj *SlackJob) MaxCurrency() uint {
	return 1
}

// ShouldRetry ...
func (sj *SlackJob) ShouldRetry() bool {
	return true
}

// Validate implements the interface in job/Interface
func (sj *SlackJob) Validate(params job.Parameters) error {
	if params == nil {
		// Params are required
		return errors.New("missing parameter of slack job")
	}

	payload, ok := params["payload"]
	if !ok {
		return errors.Errorf("missing job parameter 'payload'")
	}
	_, ok = payload.(string)
	if !ok {
		return errors.Errorf("malformed job parameter 'payload', expecting string but got %s", reflect.TypeOf(payload).String())
	}

	address, ok := params["address"]
	if !ok {
		return errors.Errorf("missing job parameter 'address'")
	}
	adr, ok := address.(string)
	if !ok {
		return errors.Errorf("malformed job parameter 'address', expecting string but got %s", reflect.TypeOf(address).String())
	}
	if _, err := url.Parse(adr); err != nil {
		return errors.Errorf("malformed 'address' value: %s", adr)
	}
	return nil
}

// Run implements the interface in job/Interface
func (sj *SlackJob) Run(ctx job.Context, params job.Parameters) error {
	sj.logger = ctx.GetLogger()

	// default insecureSkipVerify is false
	insecureSkipVerify := false
	if v, ok := params["skip_cert_verify"]; ok {
		insecureSkipVerify = v.(bool)
	}
	sj.client = httpHelper.clients[insecureSkipVerify]

	err := sj.execute(params)
	if err != nil {
		sj.logger.Error(err)
	}

	// Wait a second for slack rate limit, refer to https://api.slack.com/docs/rate-limits
	<-slackRateLimiter.C
	return err
}

func (sj *SlackJob) execute(params map[string]interface{}) error {
	payload := params["payload"].(string)
	address := params["address"].(string)
	if err := sj.checkPayload(payload); err != nil {
		return err
	}

	resp, err := sj.client.Post(address, "application/json", bytes.NewReader([]byte(payload)))
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			return err
		}
		return fmt.Errorf("slack job(target: %s) response code is %d, body: %s", address, resp.StatusCode, string(body))
	}
	return nil
}

func (sj *SlackJob) checkPayload(payload string) error {
	var m map[string]interface{}
	return json.Unmarshal([]byte(payload), &m)
}
