package service

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type PaymentRequest struct {
	Name   string  `json:"name"`
	Type   string  `json:"type"`
	Number string  `json:"number"`
	Expiry string  `json:"expiry"`
	CV2    int     `json:"cv2"`
	Amount float64 `json:"amount"`
}

type PaymentResponse struct {
	ID      string `json:"id"`
	Message string `json:"message"`
	Status  string `json:"status"`
}

// PaymentService calls the payments service over REST.
type PaymentService struct {
	uri    string
	client *http.Client
}

func NewPaymentService(uri string, timeout time.Duration) *PaymentService {
	return &PaymentService{uri: uri, client: &http.Client{Timeout: timeout}}
}

func (p *PaymentService) Pay(ctx context.Context, r PaymentRequest) (*PaymentResponse, error) {
	if r.Amount <= 0 {
		return nil, fmt.Errorf("amount must be positive")
	}
	body, _ := json.Marshal(r)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.uri+"/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("payments: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("payments: status %d", resp.StatusCode)
	}
	var out PaymentResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out, nil
}
