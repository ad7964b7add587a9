package rpc

import (
	"crypto/tls"
	"fmt"
	"net"
	"strconv"
	"time"

	"go.uber.org/fx"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/keepalive"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership"
)

var Module = fx.Provide(NewFactory)

// Factory creates gRPC listeners for this role and connections to other roles.
type Factory struct {
	cfg       *config.Config
	svcCfg    config.Service
	tlsClient *tls.Config
}

type factoryParams struct {
	fx.In
	Config        *config.Config
	ServiceConfig config.Service
}

func NewFactory(p factoryParams) *Factory {
	return &Factory{cfg: p.Config, svcCfg: p.ServiceConfig}
}

func (f *Factory) GetGRPCListener() (net.Listener, error) {
	host := "0.0.0.0"
	if f.svcCfg.RPC.BindOnLocalHost {
		host = "127.0.0.1"
	} else if f.svcCfg.RPC.BindOnIP != "" {
		host = f.svcCfg.RPC.BindOnIP
	}
	return net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(f.svcCfg.RPC.GRPCPort)))
}

// CreateInternodeGRPCConnection dials another role (history, matching) at an address
// obtained from a membership ServiceResolver.
func (f *Factory) CreateInternodeGRPCConnection(hostName string) *grpc.ClientConn {
	return f.dial(hostName, f.tlsClient)
}

// CreateLocalFrontendGRPCConnection is used by the worker role when publicClient.hostPort
// is empty: any frontend from the ring.
func (f *Factory) CreateLocalFrontendGRPCConnection(resolver membership.ServiceResolver) (*grpc.ClientConn, error) {
	host, err := resolver.Lookup("frontend")
	if err != nil {
		return nil, err
	}
	return f.dial(host.GetAddress(), f.tlsClient), nil
}

func (f *Factory) dial(addr string, tlsCfg *tls.Config) *grpc.ClientConn {
	creds := insecure.NewCredentials()
	if tlsCfg != nil {
		creds = credentials.NewTLS(tlsCfg)
	}
	conn, err := grpc.Dial(addr,
		grpc.WithTransportCredentials(creds),
		grpc.WithDefaultServiceConfig(`{"loadBalancingConfig": [{"round_robin":{}}]}`),
		grpc.WithKeepaliveParams(keepalive.ClientParameters{Time: 30 * time.Second}),
	)
	if err != nil {
		panic(fmt.Sprintf("failed to dial %s: %v", addr, err))
	}
	return conn
}
