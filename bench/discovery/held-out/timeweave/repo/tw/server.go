package tw

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"go.uber.org/fx"

	"go.timeweave.io/server/common/authorization"
	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership/ringpop"
	"go.timeweave.io/server/common/persistence/client"
	"go.timeweave.io/server/common/persistence/visibility"
	"go.timeweave.io/server/common/rpc"
	"go.timeweave.io/server/service/frontend"
	"go.timeweave.io/server/service/history"
	"go.timeweave.io/server/service/matching"
	"go.timeweave.io/server/service/worker"
)

const (
	FrontendService = "frontend"
	HistoryService  = "history"
	MatchingService = "matching"
	WorkerService   = "worker"
)

var DefaultServices = []string{FrontendService, HistoryService, MatchingService, WorkerService}

func IsValidService(s string) bool {
	for _, v := range DefaultServices {
		if v == s {
			return true
		}
	}
	return false
}

type serverOptions struct {
	services    []string
	config      *config.Config
	authorizer  authorization.Authorizer
	claimMapper func(*config.Config) authorization.ClaimMapper
	interruptCh <-chan interface{}
}

type ServerOption func(*serverOptions)

func ForServices(names []string) ServerOption { return func(o *serverOptions) { o.services = names } }
func WithConfig(c *config.Config) ServerOption  { return func(o *serverOptions) { o.config = c } }
func WithAuthorizer(a authorization.Authorizer) ServerOption {
	return func(o *serverOptions) { o.authorizer = a }
}
func WithClaimMapper(f func(*config.Config) authorization.ClaimMapper) ServerOption {
	return func(o *serverOptions) { o.claimMapper = f }
}
func InterruptOn(ch <-chan interface{}) ServerOption {
	return func(o *serverOptions) { o.interruptCh = ch }
}

type Server struct {
	opts *serverOptions
	apps []*fx.App
}

// NewServer builds one fx application per requested role. Every role shares the
// persistence, membership and rpc modules; each role adds its own clients.
func NewServer(opts ...ServerOption) (*Server, error) {
	so := &serverOptions{}
	for _, o := range opts {
		o(so)
	}
	if so.config == nil {
		return nil, fmt.Errorf("config is required")
	}
	s := &Server{opts: so}
	for _, name := range so.services {
		svcCfg, ok := so.config.Services[name]
		if !ok {
			return nil, fmt.Errorf("no services.%s section in config", name)
		}
		common := fx.Options(
			fx.Supply(so.config, svcCfg, fx.Annotate(name, fx.ResultTags(`name:"serviceName"`))),
			rpc.Module,
			ringpop.Module,
			client.Module,
			visibility.Module,
		)
		var role fx.Option
		switch name {
		case FrontendService:
			role = frontend.Module
		case HistoryService:
			role = history.Module
		case MatchingService:
			role = matching.Module
		case WorkerService:
			role = worker.Module
		}
		s.apps = append(s.apps, fx.New(common, role))
	}
	return s, nil
}

func (s *Server) Start() error {
	for _, app := range s.apps {
		if err := app.Err(); err != nil {
			return err
		}
		go app.Run()
	}
	<-s.opts.interruptCh
	return nil
}

func InterruptCh() <-chan interface{} {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	ret := make(chan interface{}, 1)
	go func() { ret <- <-c }()
	return ret
}
