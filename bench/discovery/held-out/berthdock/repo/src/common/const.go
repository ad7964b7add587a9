package common

// const variables
const (
	DBAuth          = "db_auth"
	LDAPAuth        = "ldap_auth"
	UAAAuth         = "uaa_auth"
	HTTPAuth        = "http_auth"
	OIDCAuth        = "oidc_auth"
	ProCrtRestrEveryone = "everyone"

	DomainName            = "domain_name"
	ExtEndpoint           = "ext_endpoint"
	AUTHMode              = "auth_mode"
	SelfRegistration      = "self_registration"
	CoreURL               = "core_url"
	CoreLocalURL          = "core_local_url"
	JobServiceURL         = "jobservice_url"
	RegistryURL           = "registry_url"
	RegistryControllerURL = "registry_controller_url"
	TrivyAdapterURL       = "trivy_adapter_url"
	TokenServiceURL       = "token_service_url"
	PortalURL             = "portal_url"
	WithTrivy             = "with_trivy"
	WithNotary            = "with_notary"
	WithChartMuseum       = "with_chartmuseum"
	ReadOnly              = "read_only"

	PostGreSQLHOST     = "postgresql_host"
	PostGreSQLPort     = "postgresql_port"
	PostGreSQLUsername = "postgresql_username"
	PostGreSQLPassword = "postgresql_password"
	PostGreSQLDatabase = "postgresql_database"
	PostGreSQLSSLMode  = "postgresql_sslmode"

	EmailHost     = "email_host"
	EmailPort     = "email_port"
	EmailFrom     = "email_from"
	LDAPURL       = "ldap_url"
	OIDCEndpoint  = "oidc_endpoint"
	UAAEndpoint   = "uaa_endpoint"

	AuthProxyServerInternalURL = "http://core:8080"

	// Global notification enable configuration
	NotificationEnable = "notification_enable"

	// ScannerRobotPrefix the prefix of the robot account used by scanners to pull artifacts
	ScannerRobotPrefix = "scanner"
	// DefaultScannerName is the name of the default bundled scanner
	DefaultScannerName = "Trivy"
)
