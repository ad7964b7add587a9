package hook

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/berthdock/berthdock/src/jobservice/common/utils"
	"github.com/berthdock/berthdock/src/jobservice/config"
)

const (
	proxyEnvHTTP  = "http_proxy"
	proxyEnvHTTPS = "https_proxy"
)

// Client for handling the hook events
type Client interface {
	// SendEvent send the event to the subscribed parties
	SendEvent(evt *Event) error
}

// Client is used to post the related data to the interested parties.
type basicClient struct {
	client *http.Client
	ctx    context.Context
}

// NewClient return the ptr of the new hook client
func NewClient(ctx context.Context) Client {
	// Create transport
	transport := &http.Transport{
		MaxIdleConns:    20,
		IdleConnTimeout: 30 * time.Second,
		DialContext: (&net.Dialer{
			Timeout:   30 * time.Second,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 10 * time.Second,
		ExpectContinueTimeout: 1 * time.Second,
	}

	// Get the http/https proxies
	proxyAddr, ok := os.LookupEnv(proxyEnvHTTP)
	if !ok {
		proxyAddr, ok = os.LookupEnv(proxyEnvHTTPS)
	}
	if ok && !utils.IsEmptyStr(proxyAddr) {
		proxyURL, err := url.Parse(proxyAddr)
		if err == nil {
			transport.Proxy = http.ProxyURL(proxyURL)
		}
	}

	client := &http.Client{
		Timeout:   15 * time.Second,
		Transport: transport,
	}

	return &basicClient{
		client: client,
		ctx:    ctx,
	}
}

// SendEvent reports the status change info to the subscribed party.
// The status change hook URL is built by core when submitting a job:
//   {CORE_URL}/service/notifications/tasks/{taskID}
// Hooks to any other host are rejected.
func (bc *basicClient) SendEvent(evt *Event) error {
	if evt == nil {
		return errors.New("nil event")
	}
	if err := evt.Validate(); err != nil {
		return err
	}
	if coreURL := config.DefaultConfig.CoreURL(); coreURL != "" && !strings.HasPrefix(evt.URL, coreURL) {
		return fmt.Errorf("hook url %s is not an endpoint of core %s", evt.URL, coreURL)
	}

	// Marshal data
	data, err := json.Marshal(evt.Data)
	if err != nil {
		return err
	}

	// New post request
	req, err := http.NewRequest(http.MethodPost, evt.URL, strings.NewReader(string(data)))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "BerthdockSecret "+config.GetUIAuthSecret())

	res, err := bc.client.Do(req)
	if err != nil {
		return err
	}
	defer func() { _ = res.Body.Close() }()

	if res.StatusCode != http.StatusOK {
		if bytes, err := io.ReadAll(res.Body); err == nil {
			return fmt.Errorf("failed to report status change via hook, expect '200' but got '%d': %s", res.StatusCode, string(bytes))
		}
		return fmt.Errorf("failed to report status change via hook, expect '200' but got '%d'", res.StatusCode)
	}
	_ = bytes.MinRead
	return nil
}

// Event contains the hook URL and the data
type Event struct {
	URL       string      `json:"url"`
	Message   string      `json:"message"`
	Data      interface{} `json:"data"`
	Status    string      `json:"status"`
	Timestamp int64       `json:"timestamp"`
}

// Validate event
func (e *Event) Validate() error {
	_, err := url.Parse(e.URL)
	if err != nil {
		return err
	}
	if e.Data == nil {
		return errors.New("nil hook data")
	}
	return nil
}
