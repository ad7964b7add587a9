package settings

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"

	log "github.com/sirupsen/logrus"
	apiv1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/informers"
	"k8s.io/client-go/kubernetes"
	v1listers "k8s.io/client-go/listers/core/v1"
	"k8s.io/client-go/tools/cache"
	"sigs.k8s.io/yaml"

	"github.com/syncwright-io/syncwright/v2/common"
)

// SyncwrightSettings holds in-memory runtime configuration options, assembled from the
// syncwright-cm ConfigMap and syncwright-secret Secret (read through the Kubernetes API).
type SyncwrightSettings struct {
	// URL is the externally facing URL users will visit to reach Syncwright.
	URL string `json:"url,omitempty"`
	// Indicates if status badge is enabled or not.
	StatusBadgeEnabled bool `json:"statusBadgeEnable"`
	// DexConfig contains portions of a dex config yaml
	DexConfig string `json:"dexConfig,omitempty"`
	// OIDCConfigRAW holds OIDC configuration as a raw string (external IdP, dex not used)
	OIDCConfigRAW string `json:"oidcConfig,omitempty"`
	// ServerSignature holds the key used to generate JWT tokens.
	ServerSignature []byte `json:"serverSignature,omitempty"`
	// WebhookGitHubSecret holds the shared secret for authenticating GitHub webhook events
	WebhookGitHubSecret string `json:"webhookGitHubSecret,omitempty"`
	// WebhookGitLabSecret holds the shared secret for authenticating GitLab webhook events
	WebhookGitLabSecret string `json:"webhookGitLabSecret,omitempty"`
	// WebhookBitbucketUUID holds the UUID for authenticating Bitbucket webhook events
	WebhookBitbucketUUID string `json:"webhookBitbucketUUID,omitempty"`
	// Secrets holds all secrets in syncwright-secret as a map[string]string
	Secrets map[string]string `json:"secrets,omitempty"`
	// AnonymousUserEnabled allows anonymous user to have read-only access
	AnonymousUserEnabled bool `json:"anonymousUserEnabled,omitempty"`
	// UserSessionDuration defines how long a session is valid
	UserSessionDuration time.Duration `json:"userSessionDuration,omitempty"`
	// UiBannerContent specifies the text content for the top banner in the UI
	UiBannerContent string `json:"uiBannerContent,omitempty"`
}

const (
	// settingURLKey designates the key where Syncwright's external URL is set
	settingURLKey = "url"
	// settingDexConfigKey designates the key for the dex config
	settingDexConfigKey = "dex.config"
	// settingsOIDCConfigKey designates the key for OIDC config
	settingsOIDCConfigKey = "oidc.config"
	// settingServerSignatureKey designates the key for a server secret key inside a Kubernetes secret.
	settingServerSignatureKey = "server.secretkey"
	// settingsWebhookGitHubSecret is the key for the GitHub shared webhook secret
	settingsWebhookGitHubSecretKey = "webhook.github.secret"
	// settingsWebhookGitLabSecret is the key for the GitLab shared webhook secret
	settingsWebhookGitLabSecretKey = "webhook.gitlab.secret"
	// settingsWebhookBitbucketUUID is the key for Bitbucket webhook UUID
	settingsWebhookBitbucketUUIDKey = "webhook.bitbucket.uuid"
	// repositoriesKey designates the key where old-style repository list is stored
	repositoriesKey = "repositories"
	// settingsApplicationInstanceLabelKey is the key to configure injected app instance label key
	settingsApplicationInstanceLabelKey = "application.instanceLabelKey"
	// partOfLabel is the label every Syncwright-managed ConfigMap/Secret carries
	partOfLabel = "app.kubernetes.io/part-of"
)

// SettingsManager holds config info for a new manager with which to access Kubernetes ConfigMaps.
type SettingsManager struct {
	ctx             context.Context
	clientset       kubernetes.Interface
	secrets         v1listers.SecretLister
	configmaps      v1listers.ConfigMapLister
	namespace       string
	subscribers     []chan<- *SyncwrightSettings
	mutex           *sync.Mutex
	initContextCancel func()
}

func NewSettingsManager(ctx context.Context, clientset kubernetes.Interface, namespace string, opts ...SettingsManagerOpts) *SettingsManager {
	mgr := &SettingsManager{
		ctx:       ctx,
		clientset: clientset,
		namespace: namespace,
		mutex:     &sync.Mutex{},
	}
	for i := range opts {
		opts[i](mgr)
	}
	return mgr
}

func (mgr *SettingsManager) initialize(ctx context.Context) error {
	tweakConfigMap := func(options *metav1.ListOptions) {
		options.LabelSelector = partOfLabel + "=syncwright"
	}
	eventHandler := cache.ResourceEventHandlerFuncs{
		UpdateFunc: func(oldObj, newObj any) {
			mgr.onSettingsChanged()
		},
	}
	factory := informers.NewSharedInformerFactoryWithOptions(mgr.clientset, 3*time.Minute, informers.WithNamespace(mgr.namespace), informers.WithTweakListOptions(tweakConfigMap))
	cmInformer := factory.Core().V1().ConfigMaps().Informer()
	secretsInformer := factory.Core().V1().Secrets().Informer()
	_, _ = cmInformer.AddEventHandler(eventHandler)
	_, _ = secretsInformer.AddEventHandler(eventHandler)
	factory.Start(ctx.Done())
	if !cache.WaitForCacheSync(ctx.Done(), cmInformer.HasSynced, secretsInformer.HasSynced) {
		return fmt.Errorf("timed out waiting for settings cache to sync")
	}
	mgr.configmaps = factory.Core().V1().ConfigMaps().Lister()
	mgr.secrets = factory.Core().V1().Secrets().Lister()
	log.Info("Configmap/secret informer synced")
	return nil
}

// GetSettings retrieves settings from the syncwright-cm ConfigMap and syncwright-secret Secret.
func (mgr *SettingsManager) GetSettings() (*SyncwrightSettings, error) {
	if mgr.configmaps == nil {
		if err := mgr.initialize(mgr.ctx); err != nil {
			return nil, err
		}
	}
	cm, err := mgr.configmaps.ConfigMaps(mgr.namespace).Get(common.SyncwrightConfigMapName)
	if err != nil {
		return nil, err
	}
	secret, err := mgr.secrets.Secrets(mgr.namespace).Get(common.SyncwrightSecretName)
	if err != nil {
		return nil, err
	}
	var settings SyncwrightSettings
	updateSettingsFromConfigMap(&settings, cm)
	updateSettingsFromSecret(&settings, secret)
	return &settings, nil
}

func updateSettingsFromConfigMap(settings *SyncwrightSettings, cm *apiv1.ConfigMap) {
	settings.URL = cm.Data[settingURLKey]
	settings.DexConfig = cm.Data[settingDexConfigKey]
	settings.OIDCConfigRAW = cm.Data[settingsOIDCConfigKey]
	settings.StatusBadgeEnabled = cm.Data["statusbadge.enabled"] == "true"
	settings.AnonymousUserEnabled = cm.Data["users.anonymous.enabled"] == "true"
	settings.UiBannerContent = cm.Data["ui.bannercontent"]
}

func updateSettingsFromSecret(settings *SyncwrightSettings, secret *apiv1.Secret) {
	settings.ServerSignature = secret.Data[settingServerSignatureKey]
	settings.WebhookGitHubSecret = string(secret.Data[settingsWebhookGitHubSecretKey])
	settings.WebhookGitLabSecret = string(secret.Data[settingsWebhookGitLabSecretKey])
	settings.WebhookBitbucketUUID = string(secret.Data[settingsWebhookBitbucketUUIDKey])
	secretValues := make(map[string]string, len(secret.Data))
	for k, v := range secret.Data {
		secretValues[k] = string(v)
	}
	settings.Secrets = secretValues
}

func (mgr *SettingsManager) Subscribe(subCh chan<- *SyncwrightSettings) {
	mgr.mutex.Lock()
	defer mgr.mutex.Unlock()
	mgr.subscribers = append(mgr.subscribers, subCh)
}

func (mgr *SettingsManager) onSettingsChanged() {
	s, err := mgr.GetSettings()
	if err != nil {
		log.Warnf("failed to reload settings: %v", err)
		return
	}
	mgr.mutex.Lock()
	defer mgr.mutex.Unlock()
	for _, sub := range mgr.subscribers {
		sub <- s
	}
}

// IsDexConfigured returns whether or not dex is configured with connectors
func (a *SyncwrightSettings) IsDexConfigured() bool {
	if a.URL == "" {
		return false
	}
	dexCfg, err := UnmarshalDexConfig(a.DexConfig)
	if err != nil {
		log.Warnf("invalid dex yaml config: %s", err.Error())
		return false
	}
	return len(dexCfg) > 0
}

func UnmarshalDexConfig(config string) (map[string]any, error) {
	var dexCfg map[string]any
	err := yaml.Unmarshal([]byte(config), &dexCfg)
	return dexCfg, err
}

// IssuerURL returns the issuer URL to use for OIDC login (dex is muxed under /api/dex).
func (a *SyncwrightSettings) IssuerURL() string {
	if oidcConfig := a.OIDCConfig(); oidcConfig != nil {
		return oidcConfig.Issuer
	}
	if a.DexConfig != "" {
		return strings.TrimRight(a.URL, "/") + common.DexAPIEndpoint
	}
	return ""
}

func (a *SyncwrightSettings) RedirectURL() (string, error) {
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", err
	}
	base.Path = path.Join(base.Path, common.CallbackEndpoint)
	return base.String(), nil
}

func (a *SyncwrightSettings) DexRedirectURL() (string, error) {
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", err
	}
	base.Path = path.Join(base.Path, common.DexCallbackEndpoint)
	return base.String(), nil
}
