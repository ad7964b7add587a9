// Package opamp serves the OpAMP endpoint collectors connect to for remote
// configuration (log pipelines, sampling rules).
package opamp

import (
	"context"
	"net/http"

	"github.com/open-telemetry/opamp-go/protobufs"
	"github.com/open-telemetry/opamp-go/server"
	"github.com/open-telemetry/opamp-go/server/types"
	"go.uber.org/zap"
)

type Server struct {
	srv    server.OpAMPServer
	addr   string
	logger *zap.Logger
	agents map[string]*protobufs.AgentToServer
}

func New(addr string, logger *zap.Logger) *Server {
	return &Server{srv: server.New(nil), addr: addr, logger: logger, agents: map[string]*protobufs.AgentToServer{}}
}

func (s *Server) Start() error {
	return s.srv.Start(server.StartSettings{
		ListenEndpoint: s.addr,
		ListenPath:     "/v1/opamp",
		Settings: server.Settings{
			Callbacks: server.CallbacksStruct{
				OnConnectingFunc: func(r *http.Request) types.ConnectionResponse {
					return types.ConnectionResponse{Accept: true, ConnectionCallbacks: server.ConnectionCallbacksStruct{
						OnMessageFunc: s.onMessage,
					}}
				},
			},
		},
	})
}

func (s *Server) onMessage(_ context.Context, _ types.Connection, msg *protobufs.AgentToServer) *protobufs.ServerToAgent {
	s.agents[string(msg.InstanceUid)] = msg
	s.logger.Debug("opamp agent message", zap.Binary("uid", msg.InstanceUid))
	return &protobufs.ServerToAgent{InstanceUid: msg.InstanceUid}
}

func (s *Server) Stop(ctx context.Context) error { return s.srv.Stop(ctx) }
