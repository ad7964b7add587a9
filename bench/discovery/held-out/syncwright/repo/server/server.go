package server

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/grpc-ecosystem/grpc-gateway/runtime"
	"github.com/redis/go-redis/v9"
	log "github.com/sirupsen/logrus"
	"github.com/soheilhy/cmux"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	"google.golang.org/grpc/health/grpc_health_v1"
	"k8s.io/client-go/kubernetes"

	"github.com/syncwright-io/syncwright/v2/common"
	"github.com/syncwright-io/syncwright/v2/pkg/apiclient/application"
	"github.com/syncwright-io/syncwright/v2/pkg/apiclient/repository"
	appclientset "github.com/syncwright-io/syncwright/v2/pkg/client/clientset/versioned"
	repoapiclient "github.com/syncwright-io/syncwright/v2/reposerver/apiclient"
	servercache "github.com/syncwright-io/syncwright/v2/server/cache"
	"github.com/syncwright-io/syncwright/v2/server/metrics"
	"github.com/syncwright-io/syncwright/v2/ui"
	"github.com/syncwright-io/syncwright/v2/util/dex"
	"github.com/syncwright-io/syncwright/v2/util/healthz"
	"github.com/syncwright-io/syncwright/v2/util/oidc"
	"github.com/syncwright-io/syncwright/v2/util/settings"
	"github.com/syncwright-io/syncwright/v2/util/webhook"
)

const maxConcurrentLoginRequestsCountEnv = "SYNCWRIGHT_MAX_CONCURRENT_LOGIN_REQUESTS_COUNT"

// SyncwrightServerOpts holds the options for the API server
type SyncwrightServerOpts struct {
	DisableAuth           bool
	ContentTypes          []string
	EnableGZip            bool
	Insecure              bool
	StaticAssetsDir       string
	ListenPort            int
	ListenHost            string
	MetricsPort           int
	MetricsHost           string
	Namespace             string
	DexServerAddr         string
	DexTLSConfig          *dex.DexTLSConfig
	BaseHRef              string
	RootPath              string
	KubeClientset         kubernetes.Interface
	AppClientset          appclientset.Interface
	RepoClientset         repoapiclient.Clientset
	Cache                 *servercache.Cache
	RedisClient           *redis.Client
	TLSConfigCustomizer   tlsutil.ConfigCustomizer
	XFrameOptions         string
	ContentSecurityPolicy string
	ApplicationNamespaces []string
	EnableProxyExtension  bool
	WebhookParallelism    int
}

// SyncwrightServer is the API server for Syncwright
type SyncwrightServer struct {
	SyncwrightServerOpts

	ssoClientApp   *oidc.ClientApp
	settings       *settings.SyncwrightSettings
	log            *log.Entry
	sessionMgr     *util_session.SessionManager
	settingsMgr    *settings.SettingsManager
	enf            *rbac.Enforcer
	staticAssets   http.FileSystem
	serviceSet     *SyncwrightServiceSet
	stopCh         chan struct{}
	metricsServ    *metrics.MetricsServer
	apiFactory     api.Factory
}

// NewServer returns a new instance of the Syncwright API server
func NewServer(ctx context.Context, opts SyncwrightServerOpts) *SyncwrightServer {
	settingsMgr := settings.NewSettingsManager(ctx, opts.KubeClientset, opts.Namespace)
	settings, err := settingsMgr.InitializeSettings(opts.Insecure)
	errorsutil.CheckError(err)

	sessionMgr := util_session.NewSessionManager(settingsMgr, projLister, opts.DexServerAddr, opts.DexTLSConfig, opts.Cache)
	enf := rbac.NewEnforcer(opts.KubeClientset, opts.Namespace, common.SyncwrightRBACConfigMapName, nil)

	var staticFS fs.FS = io.NewSubDirFS("dist/app", ui.Embedded)
	if opts.StaticAssetsDir != "" {
		staticFS = io.NewComposableFS(staticFS, os.DirFS(opts.StaticAssetsDir))
	}

	a := &SyncwrightServer{
		SyncwrightServerOpts: opts,
		log:                  log.NewEntry(log.StandardLogger()),
		settings:             settings,
		sessionMgr:           sessionMgr,
		settingsMgr:          settingsMgr,
		enf:                  enf,
		staticAssets:         http.FS(staticFS),
		metricsServ:          metrics.NewMetricsServer(opts.MetricsHost, opts.MetricsPort),
	}
	return a
}

// Listen opens the cmux listener shared by gRPC, gRPC-web, REST and the UI
func (a *SyncwrightServer) Listen() (*Listeners, error) {
	mainLn, err := net.Listen("tcp", fmt.Sprintf("%s:%d", a.ListenHost, a.ListenPort))
	if err != nil {
		return nil, err
	}
	metricsLn, err := net.Listen("tcp", fmt.Sprintf("%s:%d", a.MetricsHost, a.MetricsPort))
	if err != nil {
		return nil, err
	}
	return &Listeners{Main: mainLn, Metrics: metricsLn}, nil
}

// Run runs the API Server
func (a *SyncwrightServer) Run(ctx context.Context, listeners *Listeners) {
	a.userStateStorage.Init(ctx)

	svcSet := newSyncwrightServiceSet(a)
	a.serviceSet = svcSet
	grpcS, appResourceTreeFn := a.newGRPCServer()
	grpcWebS := grpcweb.WrapServer(grpcS)
	var httpS *http.Server
	var httpsS *http.Server
	if a.useTLS() {
		httpS = newRedirectServer(a.ListenPort, a.RootPath)
		httpsS = a.newHTTPServer(ctx, a.ListenPort, grpcWebS, appResourceTreeFn, listeners.GatewayConn, metricsServ)
	} else {
		httpS = a.newHTTPServer(ctx, a.ListenPort, grpcWebS, appResourceTreeFn, listeners.GatewayConn, metricsServ)
	}
	if a.RootPath != "" {
		httpS.Handler = withRootPath(httpS.Handler, a)
		if httpsS != nil {
			httpsS.Handler = withRootPath(httpsS.Handler, a)
		}
	}
	httpS.Handler = &bug21955Workaround{handler: httpS.Handler}
	if httpsS != nil {
		httpsS.Handler = &bug21955Workaround{handler: httpsS.Handler}
	}

	// CMux is used to support servicing gRPC and HTTP1.1+JSON on the same port
	tcpm := cmux.New(listeners.Main)
	var tlsm cmux.CMux
	var grpcL net.Listener
	var httpL net.Listener
	var httpsL net.Listener
	if !a.useTLS() {
		httpL = tcpm.Match(cmux.HTTP1Fast("PATCH"))
		grpcL = tcpm.MatchWithWriters(cmux.HTTP2MatchHeaderFieldSendSettings("content-type", "application/grpc"))
	} else {
		// We first match on HTTP 1.1 methods.
		httpL = tcpm.Match(cmux.HTTP1Fast("PATCH"))

		// If not matched, we assume that its TLS.
		tlsl := tcpm.Match(cmux.Any())
		tlsConfig := tls.Config{
			GetCertificate: func(info *tls.ClientHelloInfo) (*tls.Certificate, error) {
				return a.settings.Certificate, nil
			},
		}
		if a.TLSConfigCustomizer != nil {
			a.TLSConfigCustomizer(&tlsConfig)
		}
		tlsl = tls.NewListener(tlsl, &tlsConfig)

		// Now, we build another mux recursively to match HTTPS and gRPC.
		tlsm = cmux.New(tlsl)
		httpsL = tlsm.Match(cmux.HTTP1Fast("PATCH"))
		grpcL = tlsm.MatchWithWriters(cmux.HTTP2MatchHeaderFieldSendSettings("content-type", "application/grpc"))
	}

	// Start the muxed listeners for our servers
	log.Infof("Starting the API server on port %d", a.ListenPort)
	go func() { a.checkServeErr("grpcS", grpcS.Serve(grpcL)) }()
	go func() { a.checkServeErr("httpS", httpS.Serve(httpL)) }()
	if a.useTLS() {
		go func() { a.checkServeErr("httpsS", httpsS.Serve(httpsL)) }()
		go func() { a.checkServeErr("tlsm", tlsm.Serve()) }()
	}
	go a.watchSettings()
	go a.rbacPolicyLoader(ctx)
	go func() { a.checkServeErr("tcpm", tcpm.Serve()) }()
	go func() { a.checkServeErr("metrics", metricsServ.Serve(listeners.Metrics)) }()

	a.stopCh = make(chan struct{})
	<-a.stopCh
}

func (a *SyncwrightServer) newGRPCServer() (*grpc.Server, application.AppResourceTreeFn) {
	sOpts := []grpc.ServerOption{
		grpc.MaxRecvMsgSize(apiclient.MaxGRPCMessageSize),
		grpc.MaxSendMsgSize(apiclient.MaxGRPCMessageSize),
		grpc.ConnectionTimeout(300 * time.Second),
		grpc.ChainStreamInterceptor(otelgrpc.StreamServerInterceptor()),
		grpc.ChainUnaryInterceptor(otelgrpc.UnaryServerInterceptor()),
	}
	grpcS := grpc.NewServer(sOpts...)

	healthService := health.NewServer()
	grpc_health_v1.RegisterHealthServer(grpcS, healthService)

	// The application and repository services proxy manifest generation, refs and chart
	// listing calls to syncwright-repo-server over gRPC (a.RepoClientset).
	appService := application.NewServer(a.Namespace, a.KubeClientset, a.AppClientset, a.RepoClientset, a.Cache, a.settingsMgr, a.enf, a.ApplicationNamespaces)
	repoService := repository.NewServer(a.RepoClientset, a.db, a.enf, a.Cache, a.settingsMgr)
	application.RegisterApplicationServiceServer(grpcS, appService)
	repository.RegisterRepositoryServiceServer(grpcS, repoService)
	return grpcS, appService.GetAppResources
}

// newHTTPServer returns the HTTP server to serve HTTP/HTTPS requests. This is implemented
// using grpc-gateway as a proxy to the gRPC server.
func (a *SyncwrightServer) newHTTPServer(ctx context.Context, port int, grpcWebHandler http.Handler, appResourceTreeFn application.AppResourceTreeFn, conn *grpc.ClientConn, metricsReg HTTPMetricsRegistry) *http.Server {
	endpoint := fmt.Sprintf("localhost:%d", port)
	mux := http.NewServeMux()
	httpS := http.Server{
		Addr: endpoint,
		Handler: &handlerSwitcher{
			handler: mux,
			urlToHandler: map[string]http.Handler{
				"/api/badge":          badge.NewHandler(a.AppClientset, a.settingsMgr, a.Namespace, a.ApplicationNamespaces),
				common.LogoutEndpoint: logout.NewHandler(a.AppClientset, a.settingsMgr, a.sessionMgr, a.RootPath, a.BaseHRef, a.Namespace),
			},
			contentTypeToHandler: map[string]http.Handler{
				"application/grpc-web+proto": grpcWebHandler,
			},
		},
	}

	// HTTP 1.1+JSON Server
	// grpc-ecosystem/grpc-gateway is used to proxy HTTP requests to the corresponding gRPC call
	gwMuxOpts := runtime.WithMarshalerOption(runtime.MIMEWildcard, new(grpc_util.JSONMarshaler))
	gwCookieOpts := runtime.WithForwardResponseOption(a.translateGrpcCookieHeader)
	gwmux := runtime.NewServeMux(gwMuxOpts, gwCookieOpts)

	var handler http.Handler = gwmux
	if a.EnableGZip {
		handler = compressHandler(handler)
	}
	mux.Handle("/api/", handler)

	terminal := application.NewHandler(a.appLister, a.Namespace, a.ApplicationNamespaces, a.db, a.enf, a.Cache, appResourceTreeFn, a.settings.ExecShells, a.sessionMgr)
	mux.Handle("/terminal", terminal)

	mustRegisterGWHandler(versionpkg.RegisterVersionServiceHandler, ctx, gwmux, conn)
	mustRegisterGWHandler(applicationpkg.RegisterApplicationServiceHandler, ctx, gwmux, conn)
	mustRegisterGWHandler(repositorypkg.RegisterRepositoryServiceHandler, ctx, gwmux, conn)

	// Swagger UI
	swagger.ServeSwaggerUI(mux, assets.SwaggerJSON, "/swagger-ui", a.RootPath)
	healthz.ServeHealthCheck(mux, a.healthCheck)

	// Dex reverse proxy and client app and OAuth2 login/callback
	a.registerDexHandlers(mux)

	// Webhook handler for git events (Note: cache timeouts are hardcoded because API server does not write to cache and not really using them)
	syncwrightDB := db.NewDB(a.Namespace, a.settingsMgr, a.KubeClientset)
	swWebhookHandler := webhook.NewHandler(a.Namespace, a.ApplicationNamespaces, a.WebhookParallelism, a.AppClientset, a.settings, a.settingsMgr, a.RepoServerCache, a.Cache, syncwrightDB, a.settingsMgr.GetMaxWebhookPayloadSize())
	mux.HandleFunc(common.WebhookEndpoint, swWebhookHandler.Handler)

	// Serve cli binaries directly from API server
	registerDownloadHandlers(mux, "/download")

	// Serve extensions
	extensionsSharedPath := "/tmp/extensions/"
	var extensionsHandler http.Handler = http.HandlerFunc(func(writer http.ResponseWriter, _ *http.Request) {
		a.serveExtensions(extensionsSharedPath, writer)
	})
	mux.Handle("/extensions/", extensionsHandler)

	// Serve UI static assets
	var assetsHandler http.Handler = http.HandlerFunc(a.newStaticAssetsHandler())
	if a.EnableGZip {
		assetsHandler = compressHandler(assetsHandler)
	}
	mux.Handle("/", assetsHandler)
	return &httpS
}

// registerDexHandlers will register dex HTTP handlers, creating the OAuth client app
func (a *SyncwrightServer) registerDexHandlers(mux *http.ServeMux) {
	if !a.settings.IsSSOConfigured() {
		return
	}
	// Run dex OpenID Connect Identity Provider behind a reverse proxy (served at /api/dex)
	var err error
	mux.HandleFunc(common.DexAPIEndpoint+"/", dex.NewDexHTTPReverseProxy(a.DexServerAddr, a.BaseHRef, a.DexTLSConfig))
	a.ssoClientApp, err = oidc.NewClientApp(a.settings, a.DexServerAddr, a.DexTLSConfig, a.BaseHRef, cacheutil.NewRedisCache(a.RedisClient, a.settings.UserInfoCacheExpiration(), cacheutil.RedisCompressionNone))
	errorsutil.CheckError(err)
	mux.HandleFunc(common.LoginEndpoint, a.ssoClientApp.HandleLogin)
	mux.HandleFunc(common.CallbackEndpoint, a.ssoClientApp.HandleCallback)
}

func (a *SyncwrightServer) healthCheck(r *http.Request) error {
	if val, ok := r.URL.Query()["full"]; ok && len(val) > 0 && val[0] == "true" {
		sessionMgr := a.sessionMgr
		if err := sessionMgr.HealthCheck(r.Context()); err != nil {
			return fmt.Errorf("error checking session manager health: %w", err)
		}
	}
	return nil
}

// newStaticAssetsHandler serves the React UI bundled from ui/dist/app
func (a *SyncwrightServer) newStaticAssetsHandler() func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		acceptHTML := false
		for _, acceptType := range strings.Split(r.Header.Get("Accept"), ",") {
			if acceptType == "text/html" || acceptType == "html" {
				acceptHTML = true
				break
			}
		}
		fileRequest := r.URL.Path != "/index.html" && isMainJsBundle(r.URL)
		if a.XFrameOptions != "" {
			w.Header().Set("X-Frame-Options", a.XFrameOptions)
		}
		if acceptHTML && !fileRequest {
			data, err := a.indexData()
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			http.ServeContent(w, r, "index.html", time.Now(), io.NewByteReadSeeker(data))
			return
		}
		http.FileServer(a.staticAssets).ServeHTTP(w, r)
	}
}
