package conf

import (
	"errors"
	"os"
	"time"

	"github.com/joho/godotenv"
	"github.com/kelseyhightower/envconfig"
)

// OAuthProviderConfiguration holds configuration related to external login providers.
type OAuthProviderConfiguration struct {
	ClientID    []string `json:"client_id" split_words:"true"`
	Secret      string   `json:"secret"`
	RedirectURI string   `json:"redirect_uri" split_words:"true"`
	URL         string   `json:"url"`
	ApiURL      string   `json:"api_url" split_words:"true"`
	Enabled     bool     `json:"enabled"`
}

type DBConfiguration struct {
	Driver         string `json:"driver" required:"true"`
	URL            string `json:"url" envconfig:"DATABASE_URL" required:"true"`
	Namespace      string `json:"namespace" envconfig:"DB_NAMESPACE" default:"auth"`
	MaxPoolSize    int    `json:"max_pool_size" split_words:"true"`
	MigrationsPath string `json:"migrations_path" split_words:"true" default:"./migrations"`
}

type JWTConfiguration struct {
	Secret           string   `json:"secret" required:"true"`
	Exp              int      `json:"exp"`
	Aud              string   `json:"aud"`
	AdminRoles       []string `json:"admin_roles" split_words:"true"`
	DefaultGroupName string   `json:"default_group_name" split_words:"true"`
}

type SMTPConfiguration struct {
	MaxFrequency time.Duration `json:"max_frequency" split_words:"true"`
	Host         string        `json:"host"`
	Port         int           `json:"port,omitempty" default:"587"`
	User         string        `json:"user"`
	Pass         string        `json:"pass,omitempty"`
	AdminEmail   string        `json:"admin_email" split_words:"true"`
	SenderName   string        `json:"sender_name" split_words:"true"`
}

type MailerConfiguration struct {
	Autoconfirm bool              `json:"autoconfirm"`
	URLPaths    EmailContentConfig `json:"url_paths"`
}

type EmailContentConfig struct {
	Invite       string `json:"invite"`
	Confirmation string `json:"confirmation"`
	Recovery     string `json:"recovery"`
	EmailChange  string `json:"email_change" split_words:"true"`
}

type ProviderConfiguration struct {
	Github    OAuthProviderConfiguration `json:"github"`
	Google    OAuthProviderConfiguration `json:"google"`
	Email     struct{ Enabled bool }     `json:"email"`
	Phone     struct{ Enabled bool }     `json:"phone"`
	Anonymous struct{ Enabled bool }     `json:"anonymous_users" split_words:"true"`
}

type TracingConfig struct {
	Enabled  bool   `default:"false"`
	Exporter string `default:"opentelemetry"`
}

type APIConfiguration struct {
	Host        string
	Port        int    `envconfig:"PORT" default:"8081"`
	ExternalURL string `json:"external_url" envconfig:"API_EXTERNAL_URL" required:"true"`
}

// GlobalConfiguration holds all the configuration that applies to all instances.
type GlobalConfiguration struct {
	API           APIConfiguration
	DB            DBConfiguration
	External      ProviderConfiguration
	JWT           JWTConfiguration `json:"jwt"`
	SMTP          SMTPConfiguration
	Mailer        MailerConfiguration `json:"mailer"`
	Tracing       TracingConfig
	SiteURL       string   `json:"site_url" split_words:"true" required:"true"`
	URIAllowList  []string `json:"uri_allow_list" split_words:"true"`
	DisableSignup bool     `json:"disable_signup" split_words:"true"`
}

func LoadFile(filename string) error {
	if filename != "" {
		return godotenv.Overload(filename)
	}
	err := godotenv.Load()
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// LoadGlobal reads BKAUTH_* environment variables into the configuration.
func LoadGlobal() (*GlobalConfiguration, error) {
	config := new(GlobalConfiguration)
	if err := envconfig.Process("bkauth", config); err != nil {
		return nil, err
	}
	if config.SMTP.MaxFrequency == 0 {
		config.SMTP.MaxFrequency = 1 * time.Minute
	}
	if config.External.Github.URL == "" {
		config.External.Github.URL = "https://github.com"
	}
	if config.External.Github.ApiURL == "" {
		config.External.Github.ApiURL = "https://api.github.com"
	}
	if config.External.Google.URL == "" {
		config.External.Google.URL = "https://accounts.google.com"
	}
	return config, nil
}
