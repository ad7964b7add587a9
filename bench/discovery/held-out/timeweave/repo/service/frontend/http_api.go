package frontend

import (
	"context"
	"fmt"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	workflowservice "go.timeweave.io/api/workflowservice/v1"

	"go.timeweave.io/server/common/config"
)

// HTTPAPIServer exposes the WorkflowService as JSON on services.frontend.rpc.httpPort
// (7243). It forwards in-process to this frontend's own gRPC port on loopback.
type HTTPAPIServer struct {
	port     int
	grpcPort int
}

func NewHTTPAPIServer(cfg *config.Config) *HTTPAPIServer {
	fe := cfg.Services["frontend"]
	return &HTTPAPIServer{port: fe.RPC.HTTPPort, grpcPort: fe.RPC.GRPCPort}
}

func (s *HTTPAPIServer) Serve() {
	if s.port == 0 {
		return
	}
	mux := runtime.NewServeMux()
	self := fmt.Sprintf("127.0.0.1:%d", s.grpcPort)
	_ = workflowservice.RegisterWorkflowServiceHandlerFromEndpoint(context.Background(), mux, self,
		[]grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())})
	_ = http.ListenAndServe(fmt.Sprintf(":%d", s.port), mux)
}
