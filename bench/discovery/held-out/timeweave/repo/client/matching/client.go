package matching

import (
	"context"
	"fmt"
	"math/rand"

	"google.golang.org/grpc"

	"go.timeweave.io/server/api/matchingservice/v1"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/rpc"
)

var _ matchingservice.MatchingServiceClient = (*clientImpl)(nil)

// clientImpl routes calls to the matching host owning a task queue partition.
type clientImpl struct {
	resolver membership.ServiceResolver
	rpc      *rpc.Factory
	partitions int
}

func NewClient(resolver membership.ServiceResolver, rpcFactory *rpc.Factory) matchingservice.MatchingServiceClient {
	return &clientImpl{resolver: resolver, rpc: rpcFactory, partitions: 4}
}

func (c *clientImpl) clientForTaskQueue(namespaceID, taskQueue string, taskType int32) (matchingservice.MatchingServiceClient, error) {
	partition := rand.Intn(c.partitions)
	key := fmt.Sprintf("%s:%s:%d:%d", namespaceID, taskQueue, taskType, partition)
	host, err := c.resolver.Lookup(key)
	if err != nil {
		return nil, err
	}
	return matchingservice.NewMatchingServiceClient(c.rpc.CreateInternodeGRPCConnection(host.GetAddress())), nil
}

func (c *clientImpl) AddWorkflowTask(ctx context.Context, req *matchingservice.AddWorkflowTaskRequest, opts ...grpc.CallOption) (*matchingservice.AddWorkflowTaskResponse, error) {
	cl, err := c.clientForTaskQueue(req.NamespaceId, req.TaskQueue.Name, 0)
	if err != nil {
		return nil, err
	}
	return cl.AddWorkflowTask(ctx, req, opts...)
}

func (c *clientImpl) AddActivityTask(ctx context.Context, req *matchingservice.AddActivityTaskRequest, opts ...grpc.CallOption) (*matchingservice.AddActivityTaskResponse, error) {
	cl, err := c.clientForTaskQueue(req.NamespaceId, req.TaskQueue.Name, 1)
	if err != nil {
		return nil, err
	}
	return cl.AddActivityTask(ctx, req, opts...)
}

func (c *clientImpl) PollWorkflowTaskQueue(ctx context.Context, req *matchingservice.PollWorkflowTaskQueueRequest, opts ...grpc.CallOption) (*matchingservice.PollWorkflowTaskQueueResponse, error) {
	cl, err := c.clientForTaskQueue(req.NamespaceId, req.PollRequest.TaskQueue.Name, 0)
	if err != nil {
		return nil, err
	}
	return cl.PollWorkflowTaskQueue(ctx, req, opts...)
}

func (c *clientImpl) PollActivityTaskQueue(ctx context.Context, req *matchingservice.PollActivityTaskQueueRequest, opts ...grpc.CallOption) (*matchingservice.PollActivityTaskQueueResponse, error) {
	cl, err := c.clientForTaskQueue(req.NamespaceId, req.PollRequest.TaskQueue.Name, 1)
	if err != nil {
		return nil, err
	}
	return cl.PollActivityTaskQueue(ctx, req, opts...)
}

func (c *clientImpl) DescribeTaskQueue(ctx context.Context, req *matchingservice.DescribeTaskQueueRequest, opts ...grpc.CallOption) (*matchingservice.DescribeTaskQueueResponse, error) {
	cl, err := c.clientForTaskQueue(req.NamespaceId, req.DescRequest.TaskQueue.Name, 0)
	if err != nil {
		return nil, err
	}
	return cl.DescribeTaskQueue(ctx, req, opts...)
}
