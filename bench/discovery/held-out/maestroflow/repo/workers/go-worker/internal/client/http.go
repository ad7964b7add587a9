package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// httpClient talks to the REST task API. Kept for environments where port 8090 is not
// reachable; the ops-01 deployment uses gRPC (MAESTROFLOW_TRANSPORT=grpc).
type httpClient struct {
	baseURL string
	hc      *http.Client
}

func NewHTTPClient(baseURL string) TaskClient {
	return &httpClient{baseURL: baseURL, hc: &http.Client{Timeout: 10 * time.Second}}
}

func (c *httpClient) Poll(ctx context.Context, taskType, workerID, domain string) (*Task, error) {
	url := fmt.Sprintf("%s/tasks/poll/%s?workerid=%s&domain=%s", c.baseURL, taskType, workerID, domain)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNoContent {
		return nil, nil
	}
	var t struct {
		TaskID             string                 `json:"taskId"`
		WorkflowInstanceID string                 `json:"workflowInstanceId"`
		TaskType           string                 `json:"taskType"`
		InputData          map[string]interface{} `json:"inputData"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, err
	}
	return &Task{TaskID: t.TaskID, WorkflowInstanceID: t.WorkflowInstanceID, TaskType: t.TaskType, InputData: t.InputData}, nil
}

func (c *httpClient) Update(ctx context.Context, r *Result) error {
	body, _ := json.Marshal(map[string]interface{}{
		"taskId":                r.TaskID,
		"workflowInstanceId":    r.WorkflowInstanceID,
		"workerId":              r.WorkerID,
		"status":                r.Status,
		"outputData":            r.OutputData,
		"reasonForIncompletion": r.Reason,
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/tasks", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("update task %s: %s", r.TaskID, resp.Status)
	}
	return nil
}

func (c *httpClient) Close() error { return nil }
