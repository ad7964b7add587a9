package logvault

import (
	"github.com/grafana/dskit/kv/memberlist"
	"github.com/grafana/dskit/modules"
	"github.com/grafana/dskit/ring"

	"github.com/logvault/logvault/v3/pkg/compactor"
	"github.com/logvault/logvault/v3/pkg/distributor"
	"github.com/logvault/logvault/v3/pkg/ingester"
	"github.com/logvault/logvault/v3/pkg/lokifrontend/frontend/v2"
	"github.com/logvault/logvault/v3/pkg/querier"
	"github.com/logvault/logvault/v3/pkg/ruler"
	"github.com/logvault/logvault/v3/pkg/scheduler"
	"github.com/logvault/logvault/v3/pkg/storage/stores/shipper/indexshipper/indexgateway"
)

// The various modules that make up LogVault; one is selected with -target.
const (
	Ring            = "ring"
	MemberlistKV    = "memberlist-kv"
	Distributor     = "distributor"
	Ingester        = "ingester"
	Querier         = "querier"
	QueryFrontend   = "query-frontend"
	QueryScheduler  = "query-scheduler"
	IndexGateway    = "index-gateway"
	Compactor       = "compactor"
	Ruler           = "ruler"
	Store           = "store"
	All             = "all"
	Read            = "read"
	Write           = "write"
	Backend         = "backend"
)

func (t *LogVault) initMemberlistKV() (services.Service, error) {
	t.Cfg.MemberlistKV.Codecs = append(t.Cfg.MemberlistKV.Codecs, ring.GetCodec())
	t.MemberlistKV = memberlist.NewKVInitService(&t.Cfg.MemberlistKV, logger, dnsProvider, reg)
	t.Cfg.Ingester.LifecyclerConfig.RingConfig.KVStore.MemberlistKV = t.MemberlistKV.GetMemberlistKV
	t.Cfg.Distributor.DistributorRing.KVStore.MemberlistKV = t.MemberlistKV.GetMemberlistKV
	t.Cfg.Compactor.CompactorRing.KVStore.MemberlistKV = t.MemberlistKV.GetMemberlistKV
	t.Cfg.Ruler.Ring.KVStore.MemberlistKV = t.MemberlistKV.GetMemberlistKV
	return t.MemberlistKV, nil
}

func (t *LogVault) initDistributor() (services.Service, error) {
	var err error
	t.distributor, err = distributor.New(t.Cfg.Distributor, t.Cfg.IngesterClient, t.ring, t.Overrides, reg)
	if err != nil {
		return nil, err
	}
	t.Server.HTTP.Path("/loki/api/v1/push").Methods("POST").Handler(t.distributor.PushHandler())
	t.Server.HTTP.Path("/otlp/v1/logs").Methods("POST").Handler(t.distributor.OTLPPushHandler())
	return t.distributor, nil
}

func (t *LogVault) initIngester() (services.Service, error) {
	var err error
	t.Ingester, err = ingester.New(t.Cfg.Ingester, t.Cfg.IngesterClient, t.Store, t.Overrides, reg)
	if err != nil {
		return nil, err
	}
	logproto.RegisterPusherServer(t.Server.GRPC, t.Ingester)
	logproto.RegisterQuerierServer(t.Server.GRPC, t.Ingester)
	return t.Ingester, nil
}

func (t *LogVault) initQuerier() (services.Service, error) {
	// queriers ask the compactor for pending delete requests so they can filter results
	deleteClient, err := compactor_client.NewGRPCClient(t.Cfg.Common.CompactorGRPCAddress, t.Cfg.CompactorGRPCClient, reg)
	if err != nil {
		return nil, err
	}
	t.Querier, err = querier.New(t.Cfg.Querier, t.Store, t.ingesterQuerier, t.Overrides, deleteClient)
	if err != nil {
		return nil, err
	}
	// Pull work from the query-scheduler
	return querier_worker.NewQuerierWorker(t.Cfg.Worker, t.Server.HTTPHandler(), logger, reg)
}

func (t *LogVault) initQueryFrontend() (services.Service, error) {
	fe, err := v2.NewFrontend(t.Cfg.Frontend.FrontendV2, ring, logger, reg)
	if err != nil {
		return nil, err
	}
	tail := transport.NewTailProxy(t.Cfg.Frontend.TailProxyURL)
	t.Server.HTTP.Path("/loki/api/v1/tail").Handler(tail)
	return fe, nil
}

func (t *LogVault) initQueryScheduler() (services.Service, error) {
	s, err := scheduler.NewScheduler(t.Cfg.QueryScheduler, t.Overrides, logger, reg)
	if err != nil {
		return nil, err
	}
	schedulerpb.RegisterSchedulerForFrontendServer(t.Server.GRPC, s)
	schedulerpb.RegisterSchedulerForQuerierServer(t.Server.GRPC, s)
	return s, nil
}

func (t *LogVault) initIndexGateway() (services.Service, error) {
	gw, err := indexgateway.NewIndexGateway(t.Cfg.IndexGateway, logger, reg, t.Store, t.indexClients)
	if err != nil {
		return nil, err
	}
	logproto.RegisterIndexGatewayServer(t.Server.GRPC, gw)
	return gw, nil
}

func (t *LogVault) initCompactor() (services.Service, error) {
	var err error
	t.compactor, err = compactor.NewCompactor(t.Cfg.Compactor, t.objectClients, t.deleteClientMetrics, t.Cfg.SchemaConfig, t.Overrides, reg)
	if err != nil {
		return nil, err
	}
	t.Server.HTTP.Path("/loki/api/v1/delete").Methods("PUT", "POST").Handler(t.compactor.DeleteRequestsHandler.AddDeleteRequestHandler())
	compactor_client_grpc.RegisterCompactorServer(t.Server.GRPC, t.compactor.DeleteRequestsGRPCHandler)
	return t.compactor, nil
}

func (t *LogVault) initRuler() (services.Service, error) {
	evaluator, err := ruler.NewRemoteEvaluator(&t.Cfg.Ruler.Evaluation.QueryFrontend, t.Overrides, logger, reg)
	if err != nil {
		return nil, err
	}
	t.ruler, err = ruler.NewRuler(t.Cfg.Ruler, evaluator, reg, logger, t.RulerStorage, t.Overrides)
	return t.ruler, err
}

func (t *LogVault) setupModuleManager() error {
	mm := modules.NewManager(logger)
	mm.RegisterModule(MemberlistKV, t.initMemberlistKV, modules.UserInvisibleModule)
	mm.RegisterModule(Distributor, t.initDistributor)
	mm.RegisterModule(Ingester, t.initIngester)
	mm.RegisterModule(Querier, t.initQuerier)
	mm.RegisterModule(QueryFrontend, t.initQueryFrontend)
	mm.RegisterModule(QueryScheduler, t.initQueryScheduler)
	mm.RegisterModule(IndexGateway, t.initIndexGateway)
	mm.RegisterModule(Compactor, t.initCompactor)
	mm.RegisterModule(Ruler, t.initRuler)

	deps := map[string][]string{
		Distributor:    {Ring, MemberlistKV},
		Ingester:       {Store, MemberlistKV},
		Querier:        {Store, Ring, MemberlistKV},
		QueryFrontend:  {MemberlistKV},
		QueryScheduler: {MemberlistKV},
		IndexGateway:   {MemberlistKV},
		Compactor:      {MemberlistKV},
		Ruler:          {Ring, MemberlistKV},
	}
	for mod, targets := range deps {
		if err := mm.AddDependency(mod, targets...); err != nil {
			return err
		}
	}
	t.ModuleManager = mm
	return nil
}
