package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type Invoker struct {
	cfg    QueueWorkerConfig
	client *http.Client
	user   string
	pass   string
}

func NewInvoker(cfg QueueWorkerConfig) *Invoker {
	inv := &Invoker{cfg: cfg, client: &http.Client{Timeout: cfg.AckWait}}
	if cfg.BasicAuth {
		u, _ := os.ReadFile(filepath.Join(cfg.SecretMount, "basic-auth-user"))
		p, _ := os.ReadFile(filepath.Join(cfg.SecretMount, "basic-auth-password"))
		inv.user, inv.pass = strings.TrimSpace(string(u)), strings.TrimSpace(string(p))
	}
	return inv
}

// functionURL chooses where to send the request. With gateway_invoke=true
// (the chart default) calls go back through the gateway so that metrics and
// scale-from-zero apply; otherwise straight to <fn><suffix>:8080.
func (i *Invoker) functionURL(req QueueRequest) string {
	path := "/" + strings.TrimPrefix(req.Path, "/")
	if i.cfg.GatewayInvoke {
		u := fmt.Sprintf("http://%s:%d/function/%s%s", i.cfg.GatewayAddress, i.cfg.GatewayPort, req.Function, strings.TrimSuffix(path, "/"))
		if req.QueryString != "" {
			u += "?" + req.QueryString
		}
		return u
	}
	u := fmt.Sprintf("http://%s%s:8080%s", req.Function, i.cfg.FunctionSuffix, path)
	if req.QueryString != "" {
		u += "?" + req.QueryString
	}
	return u
}

func (i *Invoker) Handle(ctx context.Context, data []byte) error {
	var req QueueRequest
	if err := json.Unmarshal(data, &req); err != nil {
		log.Printf("discarding malformed message: %s", err)
		return nil
	}

	started := time.Now()
	target := i.functionURL(req)
	method := req.Method
	if method == "" {
		method = http.MethodPost
	}
	httpReq, err := http.NewRequestWithContext(ctx, method, target, bytes.NewReader(req.Body))
	if err != nil {
		return err
	}
	for k, v := range req.Header {
		httpReq.Header[k] = v
	}
	if i.user != "" {
		httpReq.SetBasicAuth(i.user, i.pass)
	}

	res, err := i.client.Do(httpReq)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	log.Printf("invoked %s status=%d in %s", req.Function, res.StatusCode, time.Since(started))

	if res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 502 {
		return fmt.Errorf("%s returned %d", req.Function, res.StatusCode)
	}
	if req.CallbackURL != nil {
		postCallback(i.client, req, res, body, time.Since(started))
	}
	return nil
}
