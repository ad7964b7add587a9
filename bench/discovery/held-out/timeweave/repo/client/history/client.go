package history

import (
	"context"
	"strconv"
	"sync"

	"google.golang.org/grpc"

	"go.timeweave.io/server/api/historyservice/v1"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/rpc"
)

var _ historyservice.HistoryServiceClient = (*clientImpl)(nil)

// clientImpl routes every call to the history host that owns the workflow's shard.
type clientImpl struct {
	numShards int32
	resolver  membership.ServiceResolver
	rpc       *rpc.Factory

	mu    sync.Mutex
	conns map[string]historyservice.HistoryServiceClient
}

func NewClient(numShards int32, resolver membership.ServiceResolver, rpcFactory *rpc.Factory) historyservice.HistoryServiceClient {
	return &clientImpl{numShards: numShards, resolver: resolver, rpc: rpcFactory, conns: map[string]historyservice.HistoryServiceClient{}}
}

func (c *clientImpl) clientForShard(shardID int32) (historyservice.HistoryServiceClient, error) {
	host, err := c.resolver.Lookup(strconv.Itoa(int(shardID)))
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if cl, ok := c.conns[host.GetAddress()]; ok {
		return cl, nil
	}
	conn := c.rpc.CreateInternodeGRPCConnection(host.GetAddress())
	cl := historyservice.NewHistoryServiceClient(conn)
	c.conns[host.GetAddress()] = cl
	return cl, nil
}

func (c *clientImpl) shardID(namespaceID, workflowID string) int32 {
	return WorkflowIDToHistoryShard(namespaceID, workflowID, c.numShards)
}

func (c *clientImpl) StartWorkflowExecution(ctx context.Context, req *historyservice.StartWorkflowExecutionRequest, opts ...grpc.CallOption) (*historyservice.StartWorkflowExecutionResponse, error) {
	cl, err := c.clientForShard(c.shardID(req.NamespaceId, req.StartRequest.WorkflowId))
	if err != nil {
		return nil, err
	}
	return cl.StartWorkflowExecution(ctx, req, opts...)
}

func (c *clientImpl) RecordWorkflowTaskStarted(ctx context.Context, req *historyservice.RecordWorkflowTaskStartedRequest, opts ...grpc.CallOption) (*historyservice.RecordWorkflowTaskStartedResponse, error) {
	cl, err := c.clientForShard(c.shardID(req.NamespaceId, req.WorkflowExecution.WorkflowId))
	if err != nil {
		return nil, err
	}
	return cl.RecordWorkflowTaskStarted(ctx, req, opts...)
}

func (c *clientImpl) RecordActivityTaskStarted(ctx context.Context, req *historyservice.RecordActivityTaskStartedRequest, opts ...grpc.CallOption) (*historyservice.RecordActivityTaskStartedResponse, error) {
	cl, err := c.clientForShard(c.shardID(req.NamespaceId, req.WorkflowExecution.WorkflowId))
	if err != nil {
		return nil, err
	}
	return cl.RecordActivityTaskStarted(ctx, req, opts...)
}

func (c *clientImpl) RespondWorkflowTaskCompleted(ctx context.Context, req *historyservice.RespondWorkflowTaskCompletedRequest, opts ...grpc.CallOption) (*historyservice.RespondWorkflowTaskCompletedResponse, error) {
	cl, err := c.clientForShard(c.shardID(req.NamespaceId, req.WorkflowId))
	if err != nil {
		return nil, err
	}
	return cl.RespondWorkflowTaskCompleted(ctx, req, opts...)
}

func (c *clientImpl) SignalWorkflowExecution(ctx context.Context, req *historyservice.SignalWorkflowExecutionRequest, opts ...grpc.CallOption) (*historyservice.SignalWorkflowExecutionResponse, error) {
	cl, err := c.clientForShard(c.shardID(req.NamespaceId, req.WorkflowId))
	if err != nil {
		return nil, err
	}
	return cl.SignalWorkflowExecution(ctx, req, opts...)
}

func (c *clientImpl) GetMutableState(ctx context.Context, req *historyservice.GetMutableStateRequest, opts ...grpc.CallOption) (*historyservice.GetMutableStateResponse, error) {
	cl, err := c.clientForShard(c.shardID(req.NamespaceId, req.Execution.WorkflowId))
	if err != nil {
		return nil, err
	}
	return cl.GetMutableState(ctx, req, opts...)
}

func WorkflowIDToHistoryShard(namespaceID, workflowID string, numShards int32) int32 {
	var h uint32 = 2166136261
	for _, b := range []byte(namespaceID + "_" + workflowID) {
		h = (h ^ uint32(b)) * 16777619
	}
	return int32(h%uint32(numShards)) + 1
}
