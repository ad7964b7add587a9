package app

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"go.uber.org/zap"

	"github.com/tracewell/tracewell/pkg/alertmanager"
	"github.com/tracewell/tracewell/pkg/analytics"
	"github.com/tracewell/tracewell/pkg/config"
	"github.com/tracewell/tracewell/pkg/emailing"
	"github.com/tracewell/tracewell/pkg/opamp"
	"github.com/tracewell/tracewell/pkg/query-service/reader"
	"github.com/tracewell/tracewell/pkg/query-service/rules"
	"github.com/tracewell/tracewell/pkg/sqlstore"
	"github.com/tracewell/tracewell/pkg/telemetrystore"
)

type Server struct {
	cfg        *config.Config
	logger     *zap.Logger
	public     *http.Server
	private    *http.Server
	opamp      *opamp.Server
	rules      *rules.Manager
	sqlStore   sqlstore.SQLStore
	telemetry  *telemetrystore.Store
	analytics  analytics.Analytics
}

func NewServer(ctx context.Context, cfg *config.Config, logger *zap.Logger) (*Server, error) {
	ts, err := telemetrystore.New(ctx, cfg.TelemetryStore, logger)
	if err != nil {
		return nil, err
	}
	ss, err := sqlstore.New(ctx, cfg.SQLStore)
	if err != nil {
		return nil, err
	}
	am, err := alertmanager.NewClient(cfg.Alertmanager.URL)
	if err != nil {
		return nil, err
	}
	rdr := reader.NewClickHouseReader(ts)
	h := &APIHandler{
		reader:    rdr,
		store:     ss,
		am:        am,
		emailer:   emailing.New(cfg.Emailing),
		analytics: analytics.New(cfg.Analytics),
		jwtSecret: []byte(cfg.JWT.Secret),
		logger:    logger,
	}

	pub := mux.NewRouter().UseEncodedPath()
	h.RegisterRoutes(pub)
	pub.HandleFunc("/api/v1/health", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte(`{"status":"ok"}`))
	})

	priv := mux.NewRouter()
	h.RegisterPrivateRoutes(priv)

	return &Server{
		cfg:       cfg,
		logger:    logger,
		public:    &http.Server{Addr: cfg.Web.Address, Handler: pub, ReadHeaderTimeout: 10 * time.Second},
		private:   &http.Server{Addr: cfg.Web.PrivateAddress, Handler: priv, ReadHeaderTimeout: 10 * time.Second},
		opamp:     opamp.New(cfg.OpAMP.Address, logger),
		rules:     rules.NewManager(ss, rdr, am, logger),
		sqlStore:  ss,
		telemetry: ts,
		analytics: h.analytics,
	}, nil
}

func (s *Server) Start(ctx context.Context) error {
	go s.rules.Run(ctx)
	if err := s.opamp.Start(); err != nil {
		return err
	}
	errCh := make(chan error, 2)
	go func() { errCh <- s.public.ListenAndServe() }()
	go func() { errCh <- s.private.ListenAndServe() }()
	s.logger.Info("tracewell started", zap.String("public", s.cfg.Web.Address), zap.String("private", s.cfg.Web.PrivateAddress))
	select {
	case <-ctx.Done():
		return nil
	case err := <-errCh:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	}
}

func (s *Server) Stop(ctx context.Context) {
	_ = s.public.Shutdown(ctx)
	_ = s.private.Shutdown(ctx)
	_ = s.opamp.Stop(ctx)
	_ = s.analytics.Close()
	_ = s.sqlStore.Close()
	_ = s.telemetry.Close()
}
