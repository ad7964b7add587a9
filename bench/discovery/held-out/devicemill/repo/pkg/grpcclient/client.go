// Package grpcclient builds gRPC connections to the auth and things services.
package grpcclient

import (
	"context"
	"fmt"
	"time"

	"github.com/devicemill/devicemill/internal/env"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/types/known/structpb"
)

// Config is parsed with a prefix such as DM_AUTH_GRPC_ or DM_THINGS_AUTH_GRPC_.
type Config struct {
	URL          string        `env:"URL"             envDefault:""`
	Timeout      time.Duration `env:"TIMEOUT"         envDefault:"1s"`
	ClientCert   string        `env:"CLIENT_CERT"     envDefault:""`
	ClientKey    string        `env:"CLIENT_KEY"      envDefault:""`
	ServerCAFile string        `env:"SERVER_CA_CERTS" envDefault:""`
}

// Handler wraps a connection so mains can close it on shutdown.
type Handler struct {
	Conn   *grpc.ClientConn
	Secure bool
	cfg    Config
}

func (h *Handler) Close() error { return h.Conn.Close() }

func connect(prefix string) (*Handler, error) {
	cfg := Config{}
	if err := env.Parse(&cfg, env.Options{Prefix: prefix}); err != nil {
		return nil, err
	}
	if cfg.URL == "" {
		return nil, fmt.Errorf("%sURL is required", prefix)
	}
	creds := insecure.NewCredentials()
	secure := false
	if cfg.ServerCAFile != "" {
		tc, err := credentials.NewClientTLSFromFile(cfg.ServerCAFile, "")
		if err != nil {
			return nil, err
		}
		creds, secure = tc, true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := grpc.DialContext(ctx, cfg.URL, grpc.WithTransportCredentials(creds))
	if err != nil {
		return nil, fmt.Errorf("failed to dial %s: %w", cfg.URL, err)
	}
	return &Handler{Conn: conn, Secure: secure, cfg: cfg}, nil
}

// SetupAuthClient connects to the auth service (DM_AUTH_GRPC_URL, e.g. auth:7001).
func SetupAuthClient(prefix string) (AuthServiceClient, *Handler, error) {
	h, err := connect(prefix)
	if err != nil {
		return nil, nil, err
	}
	return NewAuthClient(h.Conn, h.cfg.Timeout), h, nil
}

// SetupThingsClient connects to the things authorization gRPC API
// (DM_THINGS_AUTH_GRPC_URL, e.g. things:7000).
func SetupThingsClient(prefix string) (ThingsAuthzClient, *Handler, error) {
	h, err := connect(prefix)
	if err != nil {
		return nil, nil, err
	}
	return NewThingsClient(h.Conn, h.cfg.Timeout), h, nil
}

// AuthServiceClient is the subset of the generated devicemill.auth.v1 client used by services.
type AuthServiceClient interface {
	Identify(ctx context.Context, token string) (userID, domainID string, err error)
	Authorize(ctx context.Context, subject, permission, objectType, object string) (bool, error)
	AddPolicy(ctx context.Context, subject, relation, objectType, object string) error
}

// ThingsAuthzClient is the subset of devicemill.things.v1.ThingsAuthzService.
type ThingsAuthzClient interface {
	Authorize(ctx context.Context, thingKey, channelID, permission string) (thingID string, err error)
}

type authClient struct {
	conn    *grpc.ClientConn
	timeout time.Duration
}

func NewAuthClient(conn *grpc.ClientConn, timeout time.Duration) AuthServiceClient {
	return &authClient{conn: conn, timeout: timeout}
}

func (c *authClient) invoke(ctx context.Context, method string, in map[string]interface{}) (*structpb.Struct, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, err := structpb.NewStruct(in)
	if err != nil {
		return nil, err
	}
	out := &structpb.Struct{}
	err = c.conn.Invoke(ctx, "/devicemill.auth.v1.AuthService/"+method, req, out)
	return out, err
}

func (c *authClient) Identify(ctx context.Context, token string) (string, string, error) {
	res, err := c.invoke(ctx, "Identify", map[string]interface{}{"token": token})
	if err != nil {
		return "", "", err
	}
	return res.Fields["user_id"].GetStringValue(), res.Fields["domain_id"].GetStringValue(), nil
}

func (c *authClient) Authorize(ctx context.Context, subject, permission, objectType, object string) (bool, error) {
	res, err := c.invoke(ctx, "Authorize", map[string]interface{}{
		"subject": subject, "permission": permission, "object_type": objectType, "object": object,
	})
	if err != nil {
		return false, err
	}
	return res.Fields["authorized"].GetBoolValue(), nil
}

func (c *authClient) AddPolicy(ctx context.Context, subject, relation, objectType, object string) error {
	_, err := c.invoke(ctx, "AddPolicy", map[string]interface{}{
		"subject": subject, "relation": relation, "object_type": objectType, "object": object,
	})
	return err
}

type thingsClient struct {
	conn    *grpc.ClientConn
	timeout time.Duration
}

func NewThingsClient(conn *grpc.ClientConn, timeout time.Duration) ThingsAuthzClient {
	return &thingsClient{conn: conn, timeout: timeout}
}

func (c *thingsClient) Authorize(ctx context.Context, key, chanID, perm string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	req, _ := structpb.NewStruct(map[string]interface{}{"thing_key": key, "channel_id": chanID, "permission": perm})
	out := &structpb.Struct{}
	if err := c.conn.Invoke(ctx, "/devicemill.things.v1.ThingsAuthzService/Authorize", req, out); err != nil {
		return "", err
	}
	return out.Fields["thing_id"].GetStringValue(), nil
}
