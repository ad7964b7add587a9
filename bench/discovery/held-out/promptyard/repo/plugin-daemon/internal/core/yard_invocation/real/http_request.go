package real

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

type NewYardInvocationDaemonPayload struct {
	BaseUrl      string
	CallingKey   string
	WriteTimeout int64
	ReadTimeout  int64
}

type RealBackwardsInvocation struct {
	yardInnerApiBaseurl *url.URL
	client              *http.Client
	yardInnerApiKey     string
}

func NewYardInvocationDaemon(payload NewYardInvocationDaemonPayload) (*RealBackwardsInvocation, error) {
	baseurl, err := url.Parse(payload.BaseUrl)
	if err != nil {
		return nil, err
	}

	client := &http.Client{
		Transport: &http.Transport{
			Dial: (&net.Dialer{
				Timeout:   5 * time.Second,
				KeepAlive: 120 * time.Second,
			}).Dial,
			IdleConnTimeout: 120 * time.Second,
		},
	}

	return &RealBackwardsInvocation{
		yardInnerApiBaseurl: baseurl,
		client:              client,
		yardInnerApiKey:     payload.CallingKey,
	}, nil
}

func (i *RealBackwardsInvocation) yardPath(path ...string) string {
	path = append([]string{"inner/api"}, path...)
	return i.yardInnerApiBaseurl.JoinPath(path...).String()
}

func (i *RealBackwardsInvocation) request(method string, path string, body any) (*http.Response, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(method, i.yardPath(path), bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Inner-Api-Key", i.yardInnerApiKey)
	req.Header.Set("Content-Type", "application/json")

	resp, err := i.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("request to promptyard inner api failed: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		errBody, _ := io.ReadAll(resp.Body)
		return nil, fmt.Errorf("promptyard inner api returned %d: %s", resp.StatusCode, string(errBody))
	}
	return resp, nil
}

// StreamResponse posts to the api's inner endpoint and yields every SSE data line.
func (i *RealBackwardsInvocation) StreamResponse(path string, payload any, onLine func([]byte) error) error {
	resp, err := i.request(http.MethodPost, path, payload)
	if err != nil {
		return err
	}
	defer resp.Body.Close()

	scanner := bufio.NewScanner(resp.Body)
	scanner.Buffer(make([]byte, 1024), 5*1024*1024)
	for scanner.Scan() {
		line := bytes.TrimSpace(scanner.Bytes())
		if len(line) == 0 {
			continue
		}
		line = bytes.TrimPrefix(line, []byte("data:"))
		if err := onLine(bytes.TrimSpace(line)); err != nil {
			return err
		}
	}
	return scanner.Err()
}

func (i *RealBackwardsInvocation) InvokeLLM(payload any, onLine func([]byte) error) error {
	return i.StreamResponse("invoke/llm", payload, onLine)
}

func (i *RealBackwardsInvocation) InvokeTextEmbedding(payload any, onLine func([]byte) error) error {
	return i.StreamResponse("invoke/text-embedding", payload, onLine)
}

func (i *RealBackwardsInvocation) InvokeTool(payload any, onLine func([]byte) error) error {
	return i.StreamResponse("invoke/tool", payload, onLine)
}

func (i *RealBackwardsInvocation) InvokeApp(payload any, onLine func([]byte) error) error {
	return i.StreamResponse("invoke/app", payload, onLine)
}
