package sdk

import "net/http"

type Thing struct {
	ID          string                 `json:"id,omitempty"`
	Name        string                 `json:"name,omitempty"`
	Credentials struct {
		Identity string `json:"identity,omitempty"`
		Secret   string `json:"secret,omitempty"`
	} `json:"credentials"`
	Metadata map[string]interface{} `json:"metadata,omitempty"`
}

type Channel struct {
	ID       string                 `json:"id,omitempty"`
	Name     string                 `json:"name,omitempty"`
	Metadata map[string]interface{} `json:"metadata,omitempty"`
}

func (s *SDK) CreateThing(t Thing, token string) (Thing, error) {
	var out Thing
	err := s.do(http.MethodPost, s.cfg.ThingsURL, "/things", token, t, &out)
	return out, err
}

func (s *SDK) Thing(id, token string) (Thing, error) {
	var out Thing
	err := s.do(http.MethodGet, s.cfg.ThingsURL, "/things/"+id, token, nil, &out)
	return out, err
}

func (s *SDK) CreateChannel(c Channel, token string) (Channel, error) {
	var out Channel
	err := s.do(http.MethodPost, s.cfg.ThingsURL, "/channels", token, c, &out)
	return out, err
}

func (s *SDK) Connect(thingID, chanID, token string) error {
	body := map[string][]string{"thing_ids": {thingID}, "channel_ids": {chanID}}
	return s.do(http.MethodPost, s.cfg.ThingsURL, "/connect", token, body, nil)
}

func (s *SDK) DisconnectThing(thingID, chanID, token string) error {
	return s.do(http.MethodDelete, s.cfg.ThingsURL, "/channels/"+chanID+"/things/"+thingID, token, nil, nil)
}
