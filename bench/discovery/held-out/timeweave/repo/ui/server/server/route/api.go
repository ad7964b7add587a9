package route

import (
	"context"
	"net/http"
	"strings"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"

	workflowservice "go.timeweave.io/api/workflowservice/v1"
	operatorservice "go.timeweave.io/api/operatorservice/v1"

	"go.timeweave.io/ui-server/server/config"
)

// DialFrontend opens the one long-lived gRPC connection to the Timeweave frontend.
func DialFrontend(cfg *config.Config) (*grpc.ClientConn, error) {
	return grpc.Dial(cfg.TimeweaveGRPCAddress,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(128*1024*1024)),
	)
}

// SetAPIRoutes mounts grpc-gateway handlers for WorkflowService and OperatorService
// under /api/v1, forwarding the caller's Authorization header as gRPC metadata.
func SetAPIRoutes(e *echo.Echo, cfg *config.Config, conn *grpc.ClientConn) {
	mux := runtime.NewServeMux(
		runtime.WithMetadata(func(ctx context.Context, r *http.Request) metadata.MD {
			md := metadata.MD{}
			if h := r.Header.Get("Authorization"); h != "" {
				md.Set("authorization", h)
			}
			return md
		}),
	)
	ctx := context.Background()
	_ = workflowservice.RegisterWorkflowServiceHandlerClient(ctx, mux, workflowservice.NewWorkflowServiceClient(conn))
	_ = operatorservice.RegisterOperatorServiceHandlerClient(ctx, mux, operatorservice.NewOperatorServiceClient(conn))

	api := e.Group("/api/v1")
	api.Any("/*", echo.WrapHandler(http.StripPrefix("", mux)))
	e.GET("/api/v1/settings", func(c echo.Context) error {
		return c.JSON(http.StatusOK, map[string]any{
			"Auth":             map[string]any{"Enabled": cfg.Auth.Enabled},
			"DefaultNamespace": cfg.DefaultNamespace,
		})
	})
}

func SetUIRoutes(e *echo.Echo, publicPath string) {
	e.Static(strings.TrimSuffix(publicPath, "/")+"/", "dist")
}
