package client

import (
	"context"
	"fmt"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/types/known/structpb"

	pb "github.com/kestrel-commerce/routing-go-worker/gen/maestroflowpb"
)

type grpcClient struct {
	conn  *grpc.ClientConn
	tasks pb.TaskServiceClient
}

// NewGRPCClient dials the Maestroflow server's gRPC port (maestroflow.grpc-server.port, 8090).
func NewGRPCClient(addr string) (TaskClient, error) {
	conn, err := grpc.Dial(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, fmt.Errorf("dial maestroflow grpc %s: %w", addr, err)
	}
	return &grpcClient{conn: conn, tasks: pb.NewTaskServiceClient(conn)}, nil
}

func (c *grpcClient) Poll(ctx context.Context, taskType, workerID, domain string) (*Task, error) {
	resp, err := c.tasks.Poll(ctx, &pb.PollRequest{TaskType: taskType, WorkerId: workerID, Domain: domain})
	if err != nil {
		return nil, err
	}
	t := resp.GetTask()
	if t == nil || t.GetTaskId() == "" {
		return nil, nil
	}
	input := make(map[string]interface{}, len(t.GetInputData()))
	for k, v := range t.GetInputData() {
		input[k] = v.AsInterface()
	}
	return &Task{TaskID: t.GetTaskId(), WorkflowInstanceID: t.GetWorkflowInstanceId(), TaskType: t.GetTaskType(), InputData: input}, nil
}

func (c *grpcClient) Update(ctx context.Context, r *Result) error {
	out := make(map[string]*structpb.Value, len(r.OutputData))
	for k, v := range r.OutputData {
		sv, err := structpb.NewValue(v)
		if err != nil {
			return err
		}
		out[k] = sv
	}
	status := pb.TaskResult_Status(pb.TaskResult_Status_value[r.Status])
	_, err := c.tasks.UpdateTask(ctx, &pb.UpdateTaskRequest{Result: &pb.TaskResult{
		TaskId:                r.TaskID,
		WorkflowInstanceId:    r.WorkflowInstanceID,
		WorkerId:              r.WorkerID,
		Status:                status,
		OutputData:            out,
		ReasonForIncompletion: r.Reason,
	}})
	return err
}

func (c *grpcClient) Close() error { return c.conn.Close() }
