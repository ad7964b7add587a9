package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/go-kit/log"
)

var locodes = []string{"SESTO", "AUMEL", "CNHKG", "USNYC", "USCHI", "JNTKO", "DEHAM", "NLRTM", "FIHEL"}

type scenario struct {
	shipping string
	handling string
	client   *http.Client
	logger   log.Logger
	n        int64
}

func (s *scenario) count() int64 { return atomic.LoadInt64(&s.n) }

// run books a cargo, asks for routes, assigns the first one, reports a
// receive incident and finally tracks the cargo.
func (s *scenario) run(ctx context.Context) error {
	origin, dest := pick2()

	var booked struct {
		TrackingID string `json:"tracking_id"`
	}
	err := s.do(ctx, http.MethodPost, s.shipping+"/booking/v1/cargos", map[string]interface{}{
		"origin":           origin,
		"destination":      dest,
		"arrival_deadline": time.Now().Add(time.Duration(7+rand.Intn(30)) * 24 * time.Hour),
	}, &booked)
	if err != nil {
		return fmt.Errorf("book: %w", err)
	}

	var routes struct {
		Routes []json.RawMessage `json:"routes"`
	}
	if err := s.do(ctx, http.MethodGet, s.shipping+"/booking/v1/cargos/"+booked.TrackingID+"/request_routes", nil, &routes); err != nil {
		return fmt.Errorf("routes: %w", err)
	}
	if len(routes.Routes) > 0 {
		if err := s.do(ctx, http.MethodPost, s.shipping+"/booking/v1/cargos/"+booked.TrackingID+"/assign_to_route", routes.Routes[0], nil); err != nil {
			return fmt.Errorf("assign: %w", err)
		}
	}

	err = s.do(ctx, http.MethodPost, s.handling+"/handling/v1/incidents", map[string]interface{}{
		"completion_time": time.Now().UTC(),
		"tracking_id":     booked.TrackingID,
		"location":        origin,
		"event_type":      "Receive",
	}, nil)
	if err != nil {
		return fmt.Errorf("incident: %w", err)
	}

	return s.do(ctx, http.MethodGet, s.shipping+"/tracking/v1/cargos/"+booked.TrackingID, nil, nil)
}

func (s *scenario) do(ctx context.Context, method, url string, in, out interface{}) error {
	atomic.AddInt64(&s.n, 1)

	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "cargoline-loadgen/1.0")

	resp, err := s.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return fmt.Errorf("%s %s: %s", method, url, resp.Status)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func pick2() (string, string) {
	i := rand.Intn(len(locodes))
	j := (i + 1 + rand.Intn(len(locodes)-1)) % len(locodes)
	return locodes[i], locodes[j]
}
