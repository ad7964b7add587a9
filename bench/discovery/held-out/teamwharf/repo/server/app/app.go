package app

import (
	"log"
	"net/http"
	"time"

	"github.com/teamwharf/teamwharf/server/cluster"
	"github.com/teamwharf/teamwharf/server/config"
	"github.com/teamwharf/teamwharf/server/filestore"
	"github.com/teamwharf/teamwharf/server/mail"
	"github.com/teamwharf/teamwharf/server/metrics"
	"github.com/teamwharf/teamwharf/server/search/opensearch"
	"github.com/teamwharf/teamwharf/server/store/sqlstore"
	"github.com/teamwharf/teamwharf/server/telemetry"
)

type App struct {
	cfg        *config.Config
	Store      *sqlstore.SqlStore
	Files      filestore.Backend
	Search     *opensearch.Engine
	Mail       *mail.Sender
	Cluster    *cluster.Gossip
	httpClient *http.Client
}

func New(cfg *config.Config) (*App, error) {
	store, err := sqlstore.New(cfg.SqlSettings)
	if err != nil {
		return nil, err
	}
	files, err := filestore.New(cfg.FileSettings)
	if err != nil {
		return nil, err
	}
	a := &App{
		cfg:        cfg,
		Store:      store,
		Files:      files,
		Mail:       mail.NewSender(cfg.EmailSettings),
		httpClient: &http.Client{Timeout: 30 * time.Second},
	}
	if cfg.ElasticsearchSettings.EnableIndexing || cfg.ElasticsearchSettings.EnableSearching {
		if a.Search, err = opensearch.New(cfg.ElasticsearchSettings); err != nil {
			return nil, err
		}
	}
	if cfg.ClusterSettings.Enable {
		if a.Cluster, err = cluster.Join(cfg.ClusterSettings); err != nil {
			log.Printf("cluster join failed: %v", err)
		}
	}
	if cfg.LogSettings.EnableDiagnostics {
		telemetry.Start()
	}
	if cfg.MetricsSettings.Enable {
		go metrics.Serve(cfg.MetricsSettings.ListenAddress)
	}
	return a, nil
}

func (a *App) Config() *config.Config { return a.cfg }

func (a *App) Shutdown() {
	if a.Cluster != nil {
		a.Cluster.Leave()
	}
	a.Store.Close()
}
