package config

type ServiceSettings struct {
	SiteURL                             string
	ListenAddress                       string
	EnableOutgoingWebhooks              bool
	EnableIncomingWebhooks              bool
	AllowedUntrustedInternalConnections string
	EnableLinkPreviews                  bool
}

type SqlSettings struct {
	DriverName         string
	DataSource         string
	DataSourceReplicas []string
	MaxIdleConns       int
	MaxOpenConns       int
}

type FileSettings struct {
	DriverName              string
	Directory               string
	AmazonS3Bucket          string
	AmazonS3Region          string
	AmazonS3Endpoint        string
	AmazonS3SSL             bool
	AmazonS3AccessKeyId     string
	AmazonS3SecretAccessKey string
}

type EmailSettings struct {
	SendEmailNotifications bool
	FeedbackEmail          string
	SMTPServer             string
	SMTPPort               string
	SMTPUsername           string
	SMTPPassword           string
	ConnectionSecurity     string
	SendPushNotifications  bool
	PushNotificationServer string
	EnableEmailBatching    bool
}

type ElasticsearchSettings struct {
	ConnectionURL   string
	Username        string
	Password        string
	EnableIndexing  bool
	EnableSearching bool
	IndexPrefix     string
}

type ImageProxySettings struct {
	Enable                  bool
	ImageProxyType          string
	RemoteImageProxyURL     string
	RemoteImageProxyOptions string
}

type SSOSettings struct {
	Enable          bool
	Id              string
	Secret          string
	AuthEndpoint    string
	TokenEndpoint   string
	UserAPIEndpoint string
}

type CloudSettings struct {
	CWSURL  string
	Disable bool
}

type LogSettings struct {
	EnableDiagnostics bool
	EnableSentry      bool
}

type MetricsSettings struct {
	Enable        bool
	ListenAddress string
}

type ClusterSettings struct {
	Enable      bool
	ClusterName string
	GossipPort  int
}

type JobSettings struct {
	RunJobs      bool
	RunScheduler bool
}

type PluginSettings struct {
	Enable    bool
	Directory string
	Plugins   map[string]map[string]interface{}
}

type Config struct {
	ServiceSettings       ServiceSettings
	SqlSettings           SqlSettings
	FileSettings          FileSettings
	EmailSettings         EmailSettings
	ElasticsearchSettings ElasticsearchSettings
	ImageProxySettings    ImageProxySettings
	GitLabSettings        SSOSettings
	CloudSettings         CloudSettings
	LogSettings           LogSettings
	MetricsSettings       MetricsSettings
	ClusterSettings       ClusterSettings
	JobSettings           JobSettings
	PluginSettings        PluginSettings
}
