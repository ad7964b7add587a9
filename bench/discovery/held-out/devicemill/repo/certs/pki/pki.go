// Package pki signs client certificates either with a local CA or Vault PKI.
package pki

import (
	"bytes"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net/http"
	"time"
)

type Issued struct {
	Certificate string    `json:"certificate"`
	PrivateKey  string    `json:"private_key"`
	IssuingCA   string    `json:"issuing_ca"`
	Serial      string    `json:"serial_number"`
	Expire      time.Time `json:"-"`
}

type Agent interface {
	IssueCert(cn, ttl string) (Issued, error)
}

type localAgent struct{ ca tls.Certificate }

// NewLocalAgent loads the CA pair mounted from docker/ssl/certs.
func NewLocalAgent(certPath, keyPath string) (Agent, error) {
	ca, err := tls.LoadX509KeyPair(certPath, keyPath)
	if err != nil {
		return nil, err
	}
	ca.Leaf, err = x509.ParseCertificate(ca.Certificate[0])
	return &localAgent{ca: ca}, err
}

func (a *localAgent) IssueCert(cn, ttl string) (Issued, error) {
	d, err := time.ParseDuration(ttl)
	if err != nil {
		d = 8760 * time.Hour
	}
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return Issued{}, err
	}
	serial, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
	tmpl := x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: cn, Organization: []string{"Devicemill"}},
		NotBefore:    time.Now(), NotAfter: time.Now().Add(d),
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, &tmpl, a.ca.Leaf, &key.PublicKey, a.ca.PrivateKey)
	if err != nil {
		return Issued{}, err
	}
	return Issued{
		Certificate: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
		PrivateKey:  string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})),
		IssuingCA:   string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: a.ca.Leaf.Raw})),
		Serial:      serial.Text(16),
		Expire:      tmpl.NotAfter,
	}, nil
}

type vaultAgent struct {
	host, token, path, role string
	client                  *http.Client
}

// NewVaultAgent uses Vault's PKI secrets engine (POST /v1/<path>/issue/<role>).
func NewVaultAgent(host, token, path, role string) (Agent, error) {
	return &vaultAgent{host: host, token: token, path: path, role: role, client: &http.Client{Timeout: 10 * time.Second}}, nil
}

func (v *vaultAgent) IssueCert(cn, ttl string) (Issued, error) {
	body, _ := json.Marshal(map[string]string{"common_name": cn, "ttl": ttl})
	req, err := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/v1/%s/issue/%s", v.host, v.path, v.role), bytes.NewReader(body))
	if err != nil {
		return Issued{}, err
	}
	req.Header.Set("X-Vault-Token", v.token)
	resp, err := v.client.Do(req)
	if err != nil {
		return Issued{}, err
	}
	defer resp.Body.Close()
	var out struct {
		Data Issued `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return Issued{}, err
	}
	return out.Data, nil
}
