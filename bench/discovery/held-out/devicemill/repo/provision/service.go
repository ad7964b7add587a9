// Package provision creates everything a gateway needs in one call.
package provision

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"os"

	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
	"github.com/go-chi/chi/v5"
	"github.com/pelletier/go-toml"
)

type Result struct {
	Things     []sdk.Thing   `json:"things"`
	Channels   []sdk.Channel `json:"channels"`
	ClientCert string        `json:"client_cert,omitempty"`
	ClientKey  string        `json:"client_key,omitempty"`
	CACert     string        `json:"ca_cert,omitempty"`
}

type Service struct {
	conf   Config
	sdk    *sdk.SDK
	logger *slog.Logger
}

func New(conf Config, s *sdk.SDK, logger *slog.Logger) *Service {
	return &Service{conf: conf, sdk: s, logger: logger}
}

func (s *Service) token() (string, error) {
	if s.conf.Server.APIKey != "" {
		return s.conf.Server.APIKey, nil
	}
	tok, err := s.sdk.CreateToken(sdk.Login{Identity: s.conf.Server.Username, Secret: s.conf.Server.Password})
	return tok.AccessToken, err
}

func (s *Service) Provision(name, externalID, externalKey string) (Result, error) {
	var res Result
	token, err := s.token()
	if err != nil {
		return res, err
	}
	for _, t := range s.conf.Things {
		th, err := s.sdk.CreateThing(sdk.Thing{Name: name, Metadata: t.Metadata}, token)
		if err != nil {
			return res, err
		}
		res.Things = append(res.Things, th)
	}
	for _, c := range s.conf.Channels {
		ch, err := s.sdk.CreateChannel(sdk.Channel{Name: name + "_" + c.Name, Metadata: c.Metadata}, token)
		if err != nil {
			return res, err
		}
		res.Channels = append(res.Channels, ch)
	}
	for _, th := range res.Things {
		for _, ch := range res.Channels {
			if err := s.sdk.Connect(th.ID, ch.ID, token); err != nil {
				return res, err
			}
		}
		if s.conf.Cert.X509Provision {
			cert, err := s.sdk.IssueCert(th.ID, s.conf.Cert.TTL, token)
			if err != nil {
				return res, err
			}
			res.ClientCert, res.ClientKey, res.CACert = cert.ClientCert, cert.ClientKey, cert.CACert
		}
		if s.conf.Bootstrap.Provision {
			content, _ := json.Marshal(s.conf.Bootstrap.Content)
			chIDs := make([]string, 0, len(res.Channels))
			for _, ch := range res.Channels {
				chIDs = append(chIDs, ch.ID)
			}
			bs := sdk.BootstrapConfig{ExternalID: externalID, ExternalKey: externalKey, ThingID: th.ID,
				Channels: chIDs, Name: name, Content: string(content),
				ClientCert: res.ClientCert, ClientKey: res.ClientKey, CACert: res.CACert}
			if err := s.sdk.AddBootstrap(bs, token); err != nil {
				return res, err
			}
			if s.conf.Bootstrap.AutoWhiteList {
				if err := s.sdk.Whitelist(th.ID, 1, token); err != nil {
					return res, err
				}
			}
		}
	}
	return res, nil
}

func MakeHandler(r chi.Router, svc *Service, logger *slog.Logger) {
	r.Post("/mapping", func(w http.ResponseWriter, req *http.Request) {
		var body struct {
			Name        string `json:"name"`
			ExternalID  string `json:"external_id"`
			ExternalKey string `json:"external_key"`
		}
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		res, err := svc.Provision(body.Name, body.ExternalID, body.ExternalKey)
		if err != nil {
			logger.Warn("provision failed", slog.Any("error", err))
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(res)
	})
}

type ServiceConf struct {
	Port     string `toml:"port"`
	HTTPPort string `toml:"http_port"`
	TLS      bool   `toml:"tls"`
	Username string `toml:"-"`
	Password string `toml:"-"`
	APIKey   string `toml:"-"`
}

type Bootstrap struct {
	X509Provision bool                   `toml:"x509_provision"`
	Provision     bool                   `toml:"provision"`
	AutoWhiteList bool                   `toml:"autowhite_list"`
	Content       map[string]interface{} `toml:"content"`
}

type Cert struct {
	X509Provision bool   `toml:"-"`
	TTL           string `toml:"ttl"`
}

type Entity struct {
	Name     string                 `toml:"name"`
	Metadata map[string]interface{} `toml:"metadata"`
}

// Config is loaded from DM_PROVISION_CONFIG_FILE (docker/addons/provision/configs/config.toml),
// then overridden by env vars in cmd/provision.
type Config struct {
	Server    ServiceConf `toml:"server"`
	Bootstrap Bootstrap   `toml:"bootstrap"`
	Cert      Cert        `toml:"cert"`
	Things    []Entity    `toml:"things"`
	Channels  []Entity    `toml:"channels"`
}

func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, err
	}
	var c Config
	err = toml.Unmarshal(data, &c)
	return c, err
}
