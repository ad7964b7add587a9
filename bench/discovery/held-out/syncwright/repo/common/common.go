package common

import (
	"time"
)

// Component names
const (
	ApplicationController = "syncwright-application-controller"
	ApplicationSetController = "syncwright-applicationset-controller"
	Server                = "syncwright-server"
	RepoServer            = "syncwright-repo-server"
	Notifications         = "syncwright-notifications"
	Dex                   = "syncwright-dex"
)

// Default service addresses and URLS of Syncwright internal services
const (
	// DefaultRepoServerAddr is the gRPC address of the Syncwright repo server
	DefaultRepoServerAddr = "syncwright-repo-server:8081"
	// DefaultDexServerAddr is the HTTP address of the Dex OIDC server, which we run a reverse proxy against
	DefaultDexServerAddr = "syncwright-dex-server:5556"
	// DefaultRedisAddr is the default redis address
	DefaultRedisAddr = "syncwright-redis:6379"
)

// Default listener ports for Syncwright components
const (
	DefaultPortAPIServer              = 8080
	DefaultPortRepoServer             = 8081
	DefaultPortSyncwrightMetrics      = 8082
	DefaultPortSyncwrightAPIServerMetrics = 8083
	DefaultPortRepoServerMetrics      = 8084
	DefaultPortApplicationSetWebhook  = 7000
	DefaultPortNotificationsMetrics   = 9001
)

// ConfigMap and Secret names
const (
	SyncwrightConfigMapName              = "syncwright-cm"
	SyncwrightCmdParamsConfigMapName     = "syncwright-cmd-params-cm"
	SyncwrightSecretName                 = "syncwright-secret"
	SyncwrightRBACConfigMapName          = "syncwright-rbac-cm"
	SyncwrightKnownHostsConfigMapName    = "syncwright-ssh-known-hosts-cm"
	SyncwrightNotificationsConfigMapName = "syncwright-notifications-cm"
	SyncwrightNotificationsSecretName    = "syncwright-notifications-secret"
)

const (
	// DexAPIEndpoint is the endpoint where we serve the Dex API server
	DexAPIEndpoint = "/api/dex"
	// LoginEndpoint is Syncwright's shorthand login endpoint which redirects to dex's OAuth 2.0 provider's consent page
	LoginEndpoint = "/auth/login"
	// CallbackEndpoint is Syncwright's final callback endpoint we reach after OAuth 2.0 login flow has been completed
	CallbackEndpoint = "/auth/callback"
	// WebhookEndpoint receives Git provider webhooks
	WebhookEndpoint = "/api/webhook"
	// DexCallbackEndpoint is Syncwright's final callback endpoint when Dex is configured
	DexCallbackEndpoint = "/api/dex/callback"
	// SyncwrightClientAppName is name of the Oauth client app used when registering our web app to dex
	SyncwrightClientAppName = "Syncwright"
	SyncwrightClientAppID   = "syncwright"
	SyncwrightCLIClientAppID = "syncwright-cli"
)

// Environment variables for tuning and debugging Syncwright
const (
	EnvVarSSODebug               = "SYNCWRIGHT_SSO_DEBUG"
	EnvVarFakeInClusterConfig    = "SYNCWRIGHT_FAKE_IN_CLUSTER"
	EnvBinaryName                = "SYNCWRIGHT_BINARY_NAME"
	EnvGRPCKeepAliveMin          = "SYNCWRIGHT_GRPC_KEEP_ALIVE_MIN"
	EnvRepoServerTimeoutSeconds  = "SYNCWRIGHT_REPO_SERVER_TIMEOUT_SECONDS"
	EnvControllerReplicas        = "SYNCWRIGHT_CONTROLLER_REPLICAS"
	EnvRedisPassword             = "REDIS_PASSWORD"
	EnvRedisUsername             = "REDIS_USERNAME"
	EnvGitAttemptsCount          = "SYNCWRIGHT_GIT_ATTEMPTS_COUNT"
	EnvGitSubmoduleEnabled       = "SYNCWRIGHT_GIT_MODULES_ENABLED"
	EnvHelmIndexCacheDuration    = "SYNCWRIGHT_HELM_INDEX_CACHE_DURATION"
	EnvGnuPGHome                 = "SYNCWRIGHT_GNUPGHOME"
)

const (
	// DefaultGRPCKeepAliveEnforcementMinimum is the minimum keep alive time the server allows
	DefaultGRPCKeepAliveEnforcementMinimum = 10 * time.Second
	// DefaultRepoServerTimeout is the default timeout of calls to the repo server
	DefaultRepoServerTimeout = 60 * time.Second
	// DefaultAppResyncPeriod is the default app resync period
	DefaultAppResyncPeriod = 180 * time.Second
)

var (
	version   = "99.99.99"
	buildDate = "1970-01-01T00:00:00Z"
	gitCommit = ""
)

// GetVersion returns the version string baked in at build time
func GetVersion() string {
	return version + "+" + gitCommit + " (" + buildDate + ")"
}
