package proxyv2

import (
	"context"
	"net"
	"net/http"
	"sync"

	"github.com/gorilla/mux"
	log "github.com/sirupsen/logrus"
	"keyward.example/keyward/internal/config"
	"keyward.example/keyward/internal/constants"
	"keyward.example/keyward/internal/outpost/ak"
	"keyward.example/keyward/internal/outpost/proxyv2/application"
	"keyward.example/keyward/internal/utils/web"
)

type ProxyServer struct {
	Listener     net.Listener
	PListener    net.Listener
	akAPI        *ak.APIController
	cryptoStore  *ak.CryptoStore
	apps         map[string]*application.Application
	log          *log.Entry
	mux          *mux.Router
}

func NewProxyServer(ac *ak.APIController) ak.Outpost {
	l := log.WithField("logger", "keyward.outpost.proxyv2")
	rootMux := mux.NewRouter()
	s := &ProxyServer{
		cryptoStore: ak.NewCryptoStore(ac.Client.CryptoApi),
		apps:        make(map[string]*application.Application),
		log:         l,
		mux:         rootMux,
		akAPI:       ac,
	}
	globalMux := rootMux.NewRoute().Subrouter()
	globalMux.Use(web.NewLoggingHandler(l.WithField("logger", "keyward.outpost.proxyv2.http"), nil))
	rootMux.PathPrefix("/").HandlerFunc(s.Handle)
	return s
}

func (ps *ProxyServer) Type() string {
	return "proxy"
}

// Refresh fetches the proxy providers assigned to this outpost from the keyward API
func (ps *ProxyServer) Refresh() error {
	providers, err := ak.Paginator(ps.akAPI.Client.OutpostsApi.OutpostsProxyList(context.Background()), ak.PaginatorOptions{
		PageSize: 100,
		Logger:   ps.log,
	})
	if err != nil {
		return err
	}
	apps := make(map[string]*application.Application)
	for _, provider := range providers {
		hc := &http.Client{
			Transport: web.NewUserAgentTransport(constants.UserAgentOutpost(), web.NewTracingTransport(context.TODO(), ak.GetTLSTransport())),
		}
		a, err := application.NewApplication(provider, hc, ps)
		if err != nil {
			ps.log.WithError(err).Warning("failed to setup application")
			continue
		}
		apps[a.Host] = a
	}
	ps.apps = apps
	return nil
}

func (ps *ProxyServer) Start() error {
	wg := sync.WaitGroup{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		listen := config.Get().Listen.HTTP
		ln, err := net.Listen("tcp", listen)
		if err != nil {
			ps.log.WithError(err).Warning("failed to listen")
			return
		}
		ps.log.WithField("listen", listen).Info("Starting HTTP server")
		_ = http.Serve(ln, ps.mux)
	}()
	wg.Wait()
	return nil
}

func (ps *ProxyServer) Stop() error {
	return nil
}

func (ps *ProxyServer) HandleHost(rw http.ResponseWriter, r *http.Request) bool {
	if a, ok := ps.apps[r.Host]; ok {
		a.ServeHTTP(rw, r)
		return true
	}
	return false
}

func (ps *ProxyServer) Handle(rw http.ResponseWriter, r *http.Request) {
	if !ps.HandleHost(rw, r) {
		rw.WriteHeader(http.StatusNotFound)
	}
}
