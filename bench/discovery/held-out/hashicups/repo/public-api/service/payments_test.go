package service

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestPayRejectsZeroAmount(t *testing.T) {
	p := NewPaymentService("http://payments.invalid", time.Second)
	if _, err := p.Pay(context.Background(), PaymentRequest{Amount: 0}); err == nil {
		t.Fatal("expected error")
	}
}

func TestPayAgainstFake(t *testing.T) {
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"id":"abc","message":"Payment processed successfully","status":"OK"}`))
	}))
	defer fake.Close()
	p := NewPaymentService(fake.URL, time.Second)
	resp, err := p.Pay(context.Background(), PaymentRequest{Amount: 4.5, Number: "1234"})
	if err != nil || resp.ID != "abc" {
		t.Fatalf("got %+v %v", resp, err)
	}
}
