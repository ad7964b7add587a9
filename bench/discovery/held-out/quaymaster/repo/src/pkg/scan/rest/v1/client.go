// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package v1

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	commonhttp "github.com/quaymaster/quaymaster/src/common/http"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
	"github.com/quaymaster/quaymaster/src/lib/errors"
	"github.com/quaymaster/quaymaster/src/pkg/scan/rest/auth"
)

const (
	// defaultRefreshInterval is the default interval with seconds of refreshing report
	defaultRefreshInterval = 5
	// refreshAfterHeader provides the refresh interval value
	refreshAfterHeader = "Refresh-After"
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
	authorizer auth.Authorizer
}

// NewClient news a basic client
func NewClient(url, authType, accessCredential string, skipCertVerify bool) (Client, error) {
	transport := commonhttp.GetHTTPTransport(commonhttp.WithInsecure(skipCertVerify))

	authorizer, err := auth.GetAuthorizer(authType, accessCredential)
	if err != nil {
		return nil, errors.Wrap(err, "new v1 client")
	}

	return &basicClient{
		httpClient: &http.Client{
			Transport: transport,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				return http.ErrUseLastResponse
			},
		},
		spec:       NewSpec(url),
		authorizer: authorizer,
	}, nil
}

// GetMetadata ...
func (c *basicClient) GetMetadata() (*ScannerAdapterMetadata, error) {
	def := c.spec.Metadata()

	request, err := http.NewRequest(http.MethodGet, def.URL, nil)
	if err != nil {
		return nil, errors.Wrap(err, "v1 client: get metadata")
	}

	// Resolve header
	def.Resolver(request)

	// Send request
	respData, err := c.send(request, generalResponseHandler(http.StatusOK))
	if err != nil {
		return nil, errors.Wrap(err, "v1 client: get metadata")
	}

	// Unmarshal data
	meta := &ScannerAdapterMetadata{}
	if err := json.Unmarshal(respData, meta); err != nil {
		return nil, errors.Wrap(err, "v1 client: get metadata")
	}

	return meta, nil
}

// SubmitScan ...
func (c *basicClient) SubmitScan(req *ScanRequest) (*ScanResponse, error) {
	if req == nil {
		return nil, errors.New("nil request")
	}

	data, err := json.Marshal(req)
	if err != nil {
		return nil, errors.Wrap(err, "v1 client: submit scan")
	}

	def := c.spec.SubmitScan()
	request, err := http.NewRequest(http.MethodPost, def.URL, bytes.NewReader(data))
	if err != nil {
		return nil, errors.Wrap(err, "v1 client: submit scan")
	}

	// Resolve header
	def.Resolver(request)

	respData, err := c.send(request, generalResponseHandler(http.StatusAccepted))
	if err != nil {
		return nil, errors.Wrap(err, "v1 client: submit scan")
	}

	resp := &ScanResponse{}
	if err := json.Unmarshal(respData, resp); err != nil {
		return nil, errors.Wrap(err, "v1 client: submit scan")
	}

	return resp, nil
}

// GetScanReport ...
func (c *basicClient) GetScanReport(scanRequestID, reportMIMEType string) (string, error) {
	if len(scanRequestID) == 0 {
		return "", errors.New("empty scan request ID")
	}

	def := c.spec.GetScanReport(scanRequestID, reportMIMEType)
	req, err := http.NewRequest(http.MethodGet, def.URL, nil)
	if err != nil {
		return "", errors.Wrap(err, "v1 client: get scan report")
	}

	// Resolve header
	def.Resolver(req)

	respData, err := c.send(req, reportResponseHandler())
	if err != nil {
		// This error should not be wrapped
		return "", err
	}

	return string(respData), nil
}

func (c *basicClient) send(req *http.Request, h responseHandler) ([]byte, error) {
	if c.authorizer != nil {
		if err := c.authorizer.Authorize(req); err != nil {
			return nil, errors.Wrap(err, "send: authorization")
		}
	}

	resp, err := c.httpClient.Do(req)
	if err != nil {
		return nil, err
	}

	defer func() {
		if err := resp.Body.Close(); err != nil {
			logger.Errorf("close response body error: %s", err)
		}
	}()

	return h(resp.StatusCode, resp)
}

// Spec of the API
type Spec struct {
	baseRoute string
}

// NewSpec news V1 spec
func NewSpec(base string) *Spec {
	s := &Spec{}
	if len(base) > 0 {
		if strings.HasSuffix(base, "/") {
			s.baseRoute = fmt.Sprintf("%s%s", base, "api/v1")
		} else {
			s.baseRoute = fmt.Sprintf("%s/%s", base, "api/v1")
		}
	}
	return s
}

// Metadata API
func (s *Spec) Metadata() Definition {
	return Definition{URL: fmt.Sprintf("%s%s", s.baseRoute, "/metadata"), Resolver: func(r *http.Request) {
		r.Header.Add("Accept", MimeTypeMetadata)
	}}
}

// SubmitScan API
func (s *Spec) SubmitScan() Definition {
	return Definition{URL: fmt.Sprintf("%s%s", s.baseRoute, "/scan"), Resolver: func(r *http.Request) {
		r.Header.Add("Content-Type", MimeTypeScanRequest)
		r.Header.Add("Accept", MimeTypeScanResponse)
	}}
}

// GetScanReport API
func (s *Spec) GetScanReport(scanReqID string, mimeType string) Definition {
	path := fmt.Sprintf("/scan/%s/report", url.PathEscape(scanReqID))
	return Definition{URL: fmt.Sprintf("%s%s", s.baseRoute, path), Resolver: func(r *http.Request) {
		r.Header.Add("Accept", mimeType)
	}}
}

