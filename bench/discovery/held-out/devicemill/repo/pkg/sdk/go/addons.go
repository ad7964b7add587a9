package sdk

import "net/http"

type Cert struct {
	ThingID    string `json:"thing_id"`
	ClientCert string `json:"client_cert"`
	ClientKey  string `json:"client_key"`
	CACert     string `json:"issuing_ca"`
}

type BootstrapConfig struct {
	ExternalID  string   `json:"external_id"`
	ExternalKey string   `json:"external_key"`
	ThingID     string   `json:"thing_id"`
	Channels    []string `json:"channels"`
	Name        string   `json:"name"`
	ClientCert  string   `json:"client_cert,omitempty"`
	ClientKey   string   `json:"client_key,omitempty"`
	CACert      string   `json:"ca_cert,omitempty"`
	Content     string   `json:"content"`
}

func (s *SDK) IssueCert(thingID, ttl, token string) (Cert, error) {
	var out Cert
	err := s.do(http.MethodPost, s.cfg.CertsURL, "/certs", token, map[string]string{"thing_id": thingID, "ttl": ttl}, &out)
	return out, err
}

func (s *SDK) AddBootstrap(cfg BootstrapConfig, token string) error {
	return s.do(http.MethodPost, s.cfg.BootstrapURL, "/things/configs", token, cfg, nil)
}

func (s *SDK) Whitelist(thingID string, state int, token string) error {
	return s.do(http.MethodPut, s.cfg.BootstrapURL, "/things/state/"+thingID, token, map[string]int{"state": state}, nil)
}

// ReadMessages queries a readers service (postgres-reader). Not used by any
// Devicemill service; kept for CLI users.
func (s *SDK) ReadMessages(chanID, token string) ([]map[string]interface{}, error) {
	var out struct {
		Messages []map[string]interface{} `json:"messages"`
	}
	err := s.do(http.MethodGet, s.cfg.ReadersURL, "/channels/"+chanID+"/messages", token, nil, &out)
	return out.Messages, err
}

// SendMessage posts to the HTTP adapter. Not used by any Devicemill service.
func (s *SDK) SendMessage(chanID, msg, thingKey string) error {
	return s.do(http.MethodPost, s.cfg.HTTPAdapterURL, "/channels/"+chanID+"/messages", "Thing "+thingKey, msg, nil)
}
