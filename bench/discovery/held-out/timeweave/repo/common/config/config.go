package config

import "time"

// Config is the top-level server configuration, loaded from config/<env>.yaml or the
// docker-rendered config_template.yaml.
type Config struct {
	Global         Global             `yaml:"global"`
	Persistence    Persistence        `yaml:"persistence"`
	Log            Logger             `yaml:"log"`
	ClusterMetadata *ClusterMetadata  `yaml:"clusterMetadata"`
	DCRedirectionPolicy DCRedirectionPolicy `yaml:"dcRedirectionPolicy"`
	Services       map[string]Service `yaml:"services"`
	Archival       Archival           `yaml:"archival"`
	PublicClient   PublicClient       `yaml:"publicClient"`
	DynamicConfigClient *FileBasedClientConfig `yaml:"dynamicConfigClient"`
	NamespaceDefaults NamespaceDefaults `yaml:"namespaceDefaults"`
}

type Global struct {
	Membership    Membership    `yaml:"membership"`
	PProf         PProf         `yaml:"pprof"`
	TLS           RootTLS       `yaml:"tls"`
	Metrics       *Metrics      `yaml:"metrics"`
	Authorization Authorization `yaml:"authorization"`
	Telemetry     Telemetry     `yaml:"otel"`
}

type Membership struct {
	MaxJoinDuration  time.Duration `yaml:"maxJoinDuration"`
	BroadcastAddress string        `yaml:"broadcastAddress"`
}

type Service struct {
	RPC RPC `yaml:"rpc"`
}

type RPC struct {
	GRPCPort        int    `yaml:"grpcPort"`
	MembershipPort  int    `yaml:"membershipPort"`
	BindOnLocalHost bool   `yaml:"bindOnLocalHost"`
	BindOnIP        string `yaml:"bindOnIP"`
	HTTPPort        int    `yaml:"httpPort"`
}

type Persistence struct {
	DefaultStore     string               `yaml:"defaultStore"`
	VisibilityStore  string               `yaml:"visibilityStore"`
	NumHistoryShards int32                `yaml:"numHistoryShards"`
	DataStores       map[string]DataStore `yaml:"datastores"`
}

type DataStore struct {
	Cassandra     *Cassandra     `yaml:"cassandra"`
	SQL           *SQL           `yaml:"sql"`
	Elasticsearch *Elasticsearch `yaml:"elasticsearch"`
	FaultInjection map[string]any `yaml:"faultInjection"`
}

type Cassandra struct {
	Hosts       string `yaml:"hosts"`
	Port        int    `yaml:"port"`
	User        string `yaml:"user"`
	Password    string `yaml:"password"`
	Keyspace    string `yaml:"keyspace"`
	Datacenter  string `yaml:"datacenter"`
	MaxConns    int    `yaml:"maxConns"`
	ConnectTimeout time.Duration `yaml:"connectTimeout"`
	Consistency *CassandraStoreConsistency `yaml:"consistency"`
}

type CassandraStoreConsistency struct {
	Consistency       string `yaml:"consistency"`
	SerialConsistency string `yaml:"serialConsistency"`
}

type SQL struct {
	User            string            `yaml:"user"`
	Password        string            `yaml:"password"`
	PluginName      string            `yaml:"pluginName"`
	DatabaseName    string            `yaml:"databaseName"`
	ConnectAddr     string            `yaml:"connectAddr"`
	ConnectProtocol string            `yaml:"connectProtocol"`
	ConnectAttributes map[string]string `yaml:"connectAttributes"`
	MaxConns        int               `yaml:"maxConns"`
	MaxIdleConns    int               `yaml:"maxIdleConns"`
	MaxConnLifetime time.Duration     `yaml:"maxConnLifetime"`
}

type Elasticsearch struct {
	Version  string            `yaml:"version"`
	URL      URL               `yaml:"url"`
	Username string            `yaml:"username"`
	Password string            `yaml:"password"`
	Indices  map[string]string `yaml:"indices"`
	LogLevel string            `yaml:"logLevel"`
	AWSRequestSigning ESAWSRequestSigningConfig `yaml:"aws-request-signing"`
}

type URL struct {
	Scheme string `yaml:"scheme"`
	Host   string `yaml:"host"`
}

type ESAWSRequestSigningConfig struct {
	Enabled bool   `yaml:"enabled"`
	Region  string `yaml:"region"`
}

type ClusterMetadata struct {
	EnableGlobalNamespace    bool                          `yaml:"enableGlobalNamespace"`
	FailoverVersionIncrement int64                         `yaml:"failoverVersionIncrement"`
	MasterClusterName        string                        `yaml:"masterClusterName"`
	CurrentClusterName       string                        `yaml:"currentClusterName"`
	ClusterInformation       map[string]ClusterInformation `yaml:"clusterInformation"`
}

type ClusterInformation struct {
	Enabled                bool   `yaml:"enabled"`
	InitialFailoverVersion int64  `yaml:"initialFailoverVersion"`
	RPCAddress             string `yaml:"rpcAddress"`
	HTTPAddress            string `yaml:"httpAddress"`
}

type DCRedirectionPolicy struct {
	Policy string `yaml:"policy"`
}

// PublicClient is how internal components (the worker role) reach the frontend
// with the SDK. Empty HostPort means: resolve frontend through membership.
type PublicClient struct {
	HostPort string `yaml:"hostPort"`
	ForceTLSConfig string `yaml:"forceTLSConfig"`
}

type Archival struct {
	History    HistoryArchival    `yaml:"history"`
	Visibility VisibilityArchival `yaml:"visibility"`
}

type HistoryArchival struct {
	State      string                   `yaml:"state"`
	EnableRead bool                     `yaml:"enableRead"`
	Provider   *HistoryArchiverProvider `yaml:"provider"`
}

type VisibilityArchival struct {
	State      string                   `yaml:"state"`
	EnableRead bool                     `yaml:"enableRead"`
	Provider   *HistoryArchiverProvider `yaml:"provider"`
}

type HistoryArchiverProvider struct {
	Filestore *FilestoreArchiver `yaml:"filestore"`
	S3store   *S3Archiver        `yaml:"s3store"`
}

type FilestoreArchiver struct {
	FileMode string `yaml:"fileMode"`
	DirMode  string `yaml:"dirMode"`
}

type S3Archiver struct {
	Region           string  `yaml:"region"`
	Endpoint         *string `yaml:"endpoint"`
	S3ForcePathStyle bool    `yaml:"s3ForcePathStyle"`
}

type NamespaceDefaults struct {
	Archival struct {
		History    struct{ State, URI string } `yaml:"history"`
		Visibility struct{ State, URI string } `yaml:"visibility"`
	} `yaml:"archival"`
}

type FileBasedClientConfig struct {
	Filepath     string        `yaml:"filepath"`
	PollInterval time.Duration `yaml:"pollInterval"`
}

type Logger struct {
	Stdout bool   `yaml:"stdout"`
	Level  string `yaml:"level"`
}

type PProf struct {
	Port int `yaml:"port"`
}

type RootTLS struct {
	Internode GroupTLS `yaml:"internode"`
	Frontend  GroupTLS `yaml:"frontend"`
}

type GroupTLS struct {
	Server struct{ CertFile, KeyFile string } `yaml:"server"`
	Client struct{ ServerName string }        `yaml:"client"`
}

type Metrics struct {
	Prometheus *PrometheusConfig `yaml:"prometheus"`
	Tags       map[string]string `yaml:"tags"`
}

type PrometheusConfig struct {
	Framework     string `yaml:"framework"`
	ListenAddress string `yaml:"listenAddress"`
	HandlerPath   string `yaml:"handlerPath"`
}

type Authorization struct {
	JWTKeyProvider JWTKeyProvider `yaml:"jwtKeyProvider"`
	PermissionsClaimName string   `yaml:"permissionsClaimName"`
	Authorizer  string            `yaml:"authorizer"`
	ClaimMapper string            `yaml:"claimMapper"`
}

type JWTKeyProvider struct {
	KeySourceURIs   []string      `yaml:"keySourceURIs"`
	RefreshInterval time.Duration `yaml:"refreshInterval"`
}

type Telemetry struct {
	Exporters []ExporterConfig `yaml:"exporters"`
}

type ExporterConfig struct {
	Kind struct {
		Signal   string `yaml:"signal"`
		Model    string `yaml:"model"`
		Protocol string `yaml:"protocol"`
	} `yaml:"kind"`
	Spec map[string]any `yaml:"spec"`
}
