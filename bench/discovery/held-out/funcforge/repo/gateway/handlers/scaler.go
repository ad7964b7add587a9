package handlers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type ReplicaQuery struct {
	Replicas      uint64 `json:"replicas"`
	MinReplicas   uint64 `json:"-"`
	MaxReplicas   uint64 `json:"-"`
	ScalingFactor uint64 `json:"-"`
	Labels        map[string]string `json:"labels"`
}

// ProviderScaler reads and sets replica counts through the provider API.
type ProviderScaler struct {
	base        string
	client      *http.Client
	credentials *BasicAuthCredentials
}

func NewProviderScaler(base *url.URL, t http.RoundTripper, creds *BasicAuthCredentials) *ProviderScaler {
	return &ProviderScaler{base: strings.TrimSuffix(base.String(), "/"), client: &http.Client{Transport: t}, credentials: creds}
}

func (s *ProviderScaler) GetReplicas(name string) (ReplicaQuery, error) {
	var q ReplicaQuery
	req, _ := http.NewRequest(http.MethodGet, s.base+"/system/function/"+url.PathEscape(name), nil)
	s.auth(req)
	res, err := s.client.Do(req)
	if err != nil {
		return q, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return q, fmt.Errorf("provider returned %d", res.StatusCode)
	}
	if err := json.NewDecoder(res.Body).Decode(&q); err != nil {
		return q, err
	}
	q.MinReplicas = labelUint(q.Labels, "com.funcforge.scale.min", 1)
	q.MaxReplicas = labelUint(q.Labels, "com.funcforge.scale.max", 20)
	q.ScalingFactor = labelUint(q.Labels, "com.funcforge.scale.factor", 20)
	return q, nil
}

func (s *ProviderScaler) SetReplicas(name string, replicas uint64) error {
	payload, _ := json.Marshal(map[string]interface{}{"serviceName": name, "replicas": replicas})
	req, _ := http.NewRequest(http.MethodPost, s.base+"/system/scale-function/"+url.PathEscape(name), bytes.NewReader(payload))
	req.Header.Set("Content-Type", "application/json")
	s.auth(req)
	res, err := s.client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		return fmt.Errorf("scale %s: provider returned %d", name, res.StatusCode)
	}
	return nil
}

func (s *ProviderScaler) auth(req *http.Request) {
	if s.credentials != nil {
		req.SetBasicAuth(s.credentials.User, s.credentials.Password)
	}
}

func labelUint(labels map[string]string, key string, fallback uint64) uint64 {
	var v uint64
	if raw, ok := labels[key]; ok {
		if _, err := fmt.Sscanf(raw, "%d", &v); err == nil {
			return v
		}
	}
	return fallback
}
