package base

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/prometheus/prometheus/config"
	"github.com/prometheus/prometheus/discovery"
	"github.com/prometheus/prometheus/notifier"
)

type AlertManagerConfig struct {
	// Comma-separated list of Alertmanager URLs, e.g. http://alertmanager:9093
	AlertmanagerURL      string        `yaml:"alertmanager_url"`
	AlertmanagerDiscovery bool         `yaml:"enable_alertmanager_discovery"`
	AlertmanangerEnableV2API bool      `yaml:"enable_alertmanager_v2"`
	NotificationQueueCapacity int      `yaml:"notification_queue_capacity"`
	NotificationTimeout  time.Duration `yaml:"notification_timeout"`
}

func (cfg *AlertManagerConfig) RegisterFlags(f *flag.FlagSet) {
	f.StringVar(&cfg.AlertmanagerURL, "ruler.alertmanager-url", "", "Comma-separated list of Alertmanager URLs to send notifications to.")
	f.DurationVar(&cfg.NotificationTimeout, "ruler.notification-timeout", 10*time.Second, "HTTP timeout duration when sending notifications to the Alertmanager.")
}

// rulerNotifier wraps a Prometheus notifier.Manager which POSTs alerts to
// <alertmanager_url>/api/v2/alerts.
type rulerNotifier struct {
	notifier  *notifier.Manager
	sdCancel  context.CancelFunc
	sdManager *discovery.Manager
}

func buildNotifierConfig(rulerConfig *Config) (*config.Config, error) {
	amURLs := strings.Split(rulerConfig.AlertmanagerURL, ",")
	validURLs := make([]*url.URL, 0, len(amURLs))
	for _, h := range amURLs {
		u, err := url.Parse(h)
		if err != nil {
			return nil, fmt.Errorf("invalid alertmanager url %q: %w", h, err)
		}
		validURLs = append(validURLs, u)
	}
	amConfigs := make([]*config.AlertmanagerConfig, 0, len(validURLs))
	for _, u := range validURLs {
		amConfigs = append(amConfigs, amConfigFromURL(rulerConfig, u, config.AlertmanagerAPIVersionV2))
	}
	return &config.Config{AlertingConfig: config.AlertingConfig{AlertmanagerConfigs: amConfigs}}, nil
}

func newRulerNotifier(o *notifier.Options, l log.Logger) *rulerNotifier {
	sdCtx, sdCancel := context.WithCancel(context.Background())
	return &rulerNotifier{
		notifier:  notifier.NewManager(o, l),
		sdCancel:  sdCancel,
		sdManager: discovery.NewManager(sdCtx, l, nil, nil),
	}
}

func (rn *rulerNotifier) run() {
	go rn.notifier.Run(rn.sdManager.SyncCh())
}
