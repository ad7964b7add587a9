package main

import (
	"fmt"
	"net/http"
	"net/url"
	"os"

	"github.com/getsentry/sentry-go"
	log "github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"keyward.example/keyward/internal/common"
	"keyward.example/keyward/internal/config"
	"keyward.example/keyward/internal/constants"
	"keyward.example/keyward/internal/debug"
	"keyward.example/keyward/internal/outpost/ak"
	"keyward.example/keyward/internal/outpost/proxyv2"
	sentryutils "keyward.example/keyward/internal/utils/sentry"
	webutils "keyward.example/keyward/internal/utils/web"
	"keyward.example/keyward/internal/web"
	"keyward.example/keyward/internal/web/tenant_tls"
)

var rootCmd = &cobra.Command{
	Use:     "keyward",
	Short:   "Start keyward instance",
	Version: constants.FullVersion(),
	PersistentPreRun: func(cmd *cobra.Command, args []string) {
		log.SetLevel(log.DebugLevel)
		log.SetFormatter(&log.JSONFormatter{
			FieldMap: log.FieldMap{
				log.FieldKeyMsg:  "event",
				log.FieldKeyTime: "timestamp",
			},
			DisableHTMLEscape: true,
		})
	},
	Run: func(cmd *cobra.Command, args []string) {
		debug.EnableDebugServer()
		l := log.WithField("logger", "keyward.root")

		if config.Get().ErrorReporting.Enabled {
			err := sentry.Init(sentry.ClientOptions{
				Dsn:              config.Get().ErrorReporting.SentryDSN,
				AttachStacktrace: true,
				EnableTracing:    true,
				TracesSampler:    sentryutils.SamplerFunc(config.Get().ErrorReporting.SampleRate),
				Release:          fmt.Sprintf("keyward@%s", constants.VERSION),
				Environment:      config.Get().ErrorReporting.Environment,
				HTTPTransport:    webutils.NewUserAgentTransport(constants.UserAgent(), http.DefaultTransport),
			})
			if err != nil {
				l.WithError(err).Warning("failed to init sentry")
			}
		}

		ex := common.Init()
		defer common.Defer()

		u, _ := url.Parse("http://localhost:8000")

		ws := web.NewWebServer()
		ws.Core().HealthyCallback = func() {
			if config.Get().Outposts.DisableEmbeddedOutpost {
				return
			}
			go attemptProxyStart(ws, u)
		}
		ws.Start()
		<-ex
		l.Info("shutting down webserver")
		go ws.Shutdown()
	},
}

func attemptProxyStart(ws *web.WebServer, u *url.URL) {
	maxTries := 100
	attempt := 0
	l := log.WithField("logger", "keyward.server")
	for {
		l.Debug("attempting to init outpost")
		ac := ak.NewAPIController(*u, config.Get().SecretKey)
		if ac == nil {
			attempt += 1
			if attempt > 1 {
				l.Debug("keyward core not accessible yet for outpost")
			}
			if attempt > maxTries {
				break
			}
			continue
		}
		// Init tenant_tls here too since it requires an API Client,
		// so we just reuse the same one as the outpost uses
		tw := tenant_tls.NewWatcher(ac.Client)
		go tw.Start()
		ws.TenantTLS = tw
		ac.AddRefreshHandler(func() {
			tw.Check()
		})

		srv := proxyv2.NewProxyServer(ac)
		ws.ProxyServer = srv.(*proxyv2.ProxyServer)
		ac.Server = srv
		l.Debug("attempting to start outpost")
		err := ac.StartBackgroundTasks()
		if err != nil {
			l.WithError(err).Warning("outpost failed to start")
			attempt += 1
			if attempt > maxTries {
				break
			}
			continue
		} else {
			select {}
		}
	}
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}
