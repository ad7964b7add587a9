package client

import (
	"context"
	"fmt"
)

// Task is the subset of a Maestroflow task the routing worker needs.
type Task struct {
	TaskID             string
	WorkflowInstanceID string
	TaskType           string
	InputData          map[string]interface{}
}

// Result is posted back when a task finishes.
type Result struct {
	TaskID             string
	WorkflowInstanceID string
	WorkerID           string
	Status             string // COMPLETED, FAILED, FAILED_WITH_TERMINAL_ERROR, IN_PROGRESS
	OutputData         map[string]interface{}
	Reason             string
}

// TaskClient polls tasks and reports results to the Maestroflow server.
type TaskClient interface {
	Poll(ctx context.Context, taskType, workerID, domain string) (*Task, error)
	Update(ctx context.Context, r *Result) error
	Close() error
}

// Config is read from the environment (see cmd/routing-worker).
type Config struct {
	Transport string `envconfig:"MAESTROFLOW_TRANSPORT" default:"grpc"`
	GRPCAddr  string `envconfig:"MAESTROFLOW_GRPC_ADDR" default:"localhost:8090"`
	ServerURL string `envconfig:"MAESTROFLOW_SERVER_URL" default:"http://localhost:8080/api"`
}

// New returns the client selected by MAESTROFLOW_TRANSPORT.
func New(cfg Config) (TaskClient, error) {
	switch cfg.Transport {
	case "grpc":
		return NewGRPCClient(cfg.GRPCAddr)
	case "http":
		return NewHTTPClient(cfg.ServerURL), nil
	default:
		return nil, fmt.Errorf("unknown MAESTROFLOW_TRANSPORT %q", cfg.Transport)
	}
}
