package data

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/go-kratos/kratos/v2/log"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"github.com/maltworks/hopstore/app/payment/service/internal/biz"
	"github.com/maltworks/hopstore/app/payment/service/internal/conf"
)

// stripeGateway talks to the Stripe PaymentIntents API over plain HTTP
// (we dropped stripe-go to keep the binary small and the calls traceable).
type stripeGateway struct {
	baseURL  string
	key      string
	currency string
	hc       *http.Client
	log      *log.Helper
}

func NewStripeGateway(c *conf.Data, logger log.Logger) biz.Gateway {
	base := c.Stripe.BaseUrl
	if base == "" {
		base = "https://api.stripe.com"
	}
	return &stripeGateway{
		baseURL:  strings.TrimRight(base, "/"),
		key:      c.Stripe.SecretKey,
		currency: c.Stripe.Currency,
		hc: &http.Client{
			Timeout:   c.Stripe.Timeout.AsDuration(),
			Transport: otelhttp.NewTransport(http.DefaultTransport),
		},
		log: log.NewHelper(log.With(logger, "module", "data/stripe")),
	}
}

type stripeIntent struct {
	ID           string `json:"id"`
	ClientSecret string `json:"client_secret"`
	Status       string `json:"status"`
	Error        *struct {
		Message string `json:"message"`
	} `json:"error"`
}

func (g *stripeGateway) post(ctx context.Context, path string, form url.Values, idem string) (*stripeIntent, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.baseURL+path, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(g.key, "")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if idem != "" {
		req.Header.Set("Idempotency-Key", idem)
	}
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var pi stripeIntent
	if err := json.NewDecoder(resp.Body).Decode(&pi); err != nil {
		return nil, err
	}
	if resp.StatusCode >= 300 {
		msg := resp.Status
		if pi.Error != nil {
			msg = pi.Error.Message
		}
		return nil, fmt.Errorf("stripe %s: %s", path, msg)
	}
	return &pi, nil
}

func (g *stripeGateway) CreateIntent(ctx context.Context, p *biz.Payment) (string, string, error) {
	cur := p.Currency
	if cur == "" {
		cur = g.currency
	}
	form := url.Values{
		"amount":             {strconv.FormatInt(p.Amount, 10)},
		"currency":           {strings.ToLower(cur)},
		"metadata[order_id]": {strconv.FormatInt(p.OrderId, 10)},
	}
	pi, err := g.post(ctx, "/v1/payment_intents", form, fmt.Sprintf("hopstore-order-%d", p.OrderId))
	if err != nil {
		return "", "", err
	}
	return pi.ID, pi.ClientSecret, nil
}

func (g *stripeGateway) ConfirmIntent(ctx context.Context, intentID, paymentMethod string) (bool, error) {
	form := url.Values{"payment_method": {paymentMethod}}
	pi, err := g.post(ctx, "/v1/payment_intents/"+url.PathEscape(intentID)+"/confirm", form, "")
	if err != nil {
		return false, err
	}
	g.log.WithContext(ctx).Infof("intent %s status=%s", intentID, pi.Status)
	return pi.Status == "succeeded", nil
}
