package v1

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/berthdock/berthdock/src/lib/log"
)

const (
	// MimeTypeScanRequest defines the mime type for scan request
	MimeTypeScanRequest = "application/vnd.scanner.adapter.scan.request+json; version=1.0"
	// MimeTypeScanResponse defines the mime type for scan response
	MimeTypeScanResponse = "application/vnd.scanner.adapter.scan.response+json; version=1.0"
	// MimeTypeMetadata defines the mime type for the metadata response
	MimeTypeMetadata = "application/vnd.scanner.adapter.metadata+json; version=1.0"

	apiPrefix = "/api/v1"
)

// Client defines the methods to access the adapter services that
// implement the REST API specs
type Client interface {
	// GetMetadata gets the metadata of the given scanner
	GetMetadata() (*ScannerAdapterMetadata, error)
	// SubmitScan initiates a scanning of the given artifact.
	SubmitScan(req *ScanRequest) (*ScanResponse, error)
	// GetScanReport gets the scan result for the corresponding ScanRequest identifier.
	GetScanReport(scanRequestID, reportMIMEType string) (string, error)
}

// basicClient is default implementation of the Client interface
type basicClient struct {
	httpClient *http.Client
	spec       *Spec
	authorizer Authorizer
}

// NewClient news a basic client
func NewClient(endpointURL, authType, accessCredential string, skipCertVerify bool) (Client, error) {
	transport := &http.Transport{
		Proxy:           http.ProxyFromEnvironment,
		TLSClientConfig: &tls.Config{InsecureSkipVerify: skipCertVerify},
	}
	authorizer, err := GetAuthorizer(authType, accessCredential)
	if err != nil {
		return nil, fmt.Errorf("new v1 client: %w", err)
	}
	return &basicClient{
		httpClient: &http.Client{Transport: transport, Timeout: 30 * time.Second},
		spec:       NewSpec(endpointURL),
		authorizer: authorizer,
	}, nil
}

// GetMetadata ...
func (c *basicClient) GetMetadata() (*ScannerAdapterMetadata, error) {
	def := c.spec.Metadata()
	req, err := http.NewRequest(http.MethodGet, def.URL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", MimeTypeMetadata)
	respData, err := c.send(req, generalResponseHandler(http.StatusOK))
	if err != nil {
		return nil, err
	}
	meta := &ScannerAdapterMetadata{}
	if err := json.Unmarshal(respData, meta); err != nil {
		return nil, fmt.Errorf("get metadata: %w", err)
	}
	return meta, nil
}

// SubmitScan ...
func (c *basicClient) SubmitScan(req *ScanRequest) (*ScanResponse, error) {
	data, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("submit scan: %w", err)
	}
	def := c.spec.SubmitScan()
	request, err := http.NewRequest(http.MethodPost, def.URL, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	request.Header.Set("Content-Type", MimeTypeScanRequest)
	request.Header.Set("Accept", MimeTypeScanResponse)
	respData, err := c.send(request, generalResponseHandler(http.StatusAccepted))
	if err != nil {
		return nil, err
	}
	resp := &ScanResponse{}
	if err := json.Unmarshal(respData, resp); err != nil {
		return nil, fmt.Errorf("submit scan: %w", err)
	}
	return resp, nil
}

// GetScanReport ...
func (c *basicClient) GetScanReport(scanRequestID, reportMIMEType string) (string, error) {
	def := c.spec.GetScanReport(scanRequestID)
	req, err := http.NewRequest(http.MethodGet, def.URL, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("Accept", reportMIMEType)
	respData, err := c.send(req, generalResponseHandler(http.StatusOK))
	if err != nil {
		return "", err
	}
	return string(respData), nil
}

func (c *basicClient) send(req *http.Request, h func(*http.Response) ([]byte, error)) ([]byte, error) {
	if c.authorizer != nil {
		if err := c.authorizer.Authorize(req); err != nil {
			return nil, fmt.Errorf("send: %w", err)
		}
	}
	resp, err := c.httpClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	defer resp.Body.Close()
	return h(resp)
}

func generalResponseHandler(code int) func(*http.Response) ([]byte, error) {
	return func(resp *http.Response) ([]byte, error) {
		buf, err := io.ReadAll(resp.Body)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != code {
			log.Debugf("scanner adapter returned %d: %s", resp.StatusCode, string(buf))
			return nil, fmt.Errorf("unexpected status code: %d, response: %s", resp.StatusCode, string(buf))
		}
		return buf, nil
	}
}

// Spec of the API
type Spec struct {
	baseRoute string
}

// Definition for API
type Definition struct {
	URL string
}

// NewSpec news V1 spec
func NewSpec(base string) *Spec {
	s := &Spec{}
	if len(base) > 0 {
		if strings.HasSuffix(base, "/") {
			s.baseRoute = base[:len(base)-1]
		} else {
			s.baseRoute = base
		}
	}
	s.baseRoute = s.baseRoute + apiPrefix
	return s
}

// Metadata API
func (s *Spec) Metadata() Definition { return Definition{URL: s.baseRoute + "/metadata"} }

// SubmitScan API
func (s *Spec) SubmitScan() Definition { return Definition{URL: s.baseRoute + "/scan"} }

// GetScanReport API
func (s *Spec) GetScanReport(scanReqID string) Definition {
	return Definition{URL: fmt.Sprintf("%s/scan/%s/report", s.baseRoute, url.PathEscape(scanReqID))}
}

// Authorizer for scanner API
type Authorizer interface {
	Authorize(req *http.Request) error
}

type bearer struct{ token string }

func (b *bearer) Authorize(req *http.Request) error {
	req.Header.Set("Authorization", "Bearer "+b.token)
	return nil
}

// GetAuthorizer returns the authorizer matching the registration's auth type
func GetAuthorizer(authType, cred string) (Authorizer, error) {
	switch authType {
	case "", "None":
		return nil, nil
	case "Bearer":
		return &bearer{token: cred}, nil
	default:
		return nil, fmt.Errorf("auth type %s not supported", authType)
	}
}
