// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package hook

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/google/go-jsonnet"
	"github.com/hashicorp/go-retryablehttp"
	"github.com/sirupsen/logrus"
)

type (
	webHookConfig struct {
		Method   string `json:"method"`
		URL      string `json:"url"`
		Body     string `json:"body"`
		Response struct {
			Ignore bool `json:"ignore"`
			Parse  bool `json:"parse"`
		} `json:"response"`
		Auth *struct {
			Type   string            `json:"type"`
			Config map[string]string `json:"config"`
		} `json:"auth"`
	}

	// WebHookContext is what the jsonnet body template receives as `ctx`.
	WebHookContext struct {
		Flow           interface{}       `json:"flow"`
		RequestHeaders http.Header       `json:"request_headers"`
		RequestMethod  string            `json:"request_method"`
		RequestURL     string            `json:"request_url"`
		Identity       interface{}       `json:"identity,omitempty"`
		Session        interface{}       `json:"session,omitempty"`
		Transient      map[string]string `json:"transient_payload,omitempty"`
	}

	WebHookExecutor struct {
		l      *logrus.Logger
		client *retryablehttp.Client
	}
)

func NewWebHookExecutor(l *logrus.Logger) *WebHookExecutor {
	c := retryablehttp.NewClient()
	c.RetryMax = 3
	c.HTTPClient.Timeout = 10 * time.Second
	c.Logger = nil
	return &WebHookExecutor{l: l, client: c}
}

// Execute renders the configured jsonnet body with the flow context and
// sends it to the configured URL (selfservice.flows.*.after.*.hooks[].config.url).
func (e *WebHookExecutor) Execute(ctx context.Context, rawConfig json.RawMessage, data *WebHookContext) error {
	var conf webHookConfig
	if err := json.Unmarshal(rawConfig, &conf); err != nil {
		return err
	}

	body, err := e.renderBody(conf.Body, data)
	if err != nil {
		return err
	}

	req, err := retryablehttp.NewRequestWithContext(ctx, conf.Method, conf.URL, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if conf.Auth != nil && conf.Auth.Type == "api_key" {
		req.Header.Set(conf.Auth.Config["name"], conf.Auth.Config["value"])
	}

	run := func() error {
		resp, err := e.client.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= http.StatusBadRequest {
			b, _ := io.ReadAll(resp.Body)
			return fmt.Errorf("web hook failed with status code %d: %s", resp.StatusCode, b)
		}
		return nil
	}

	if conf.Response.Ignore {
		go func() {
			if err := run(); err != nil {
				e.l.WithError(err).WithField("url", conf.URL).Warn("Web hook request failed but the error was ignored because the response was configured to be ignored.")
			}
		}()
		return nil
	}
	return run()
}

func (e *WebHookExecutor) renderBody(location string, data *WebHookContext) (io.Reader, error) {
	if location == "" {
		return bytes.NewReader(nil), nil
	}
	tpl, err := os.ReadFile(strings.TrimPrefix(location, "file://"))
	if err != nil {
		return nil, err
	}
	ctxJSON, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	vm := jsonnet.MakeVM()
	vm.TLACode("ctx", string(ctxJSON))
	out, err := vm.EvaluateAnonymousSnippet(location, string(tpl))
	if err != nil {
		return nil, err
	}
	return strings.NewReader(out), nil
}
