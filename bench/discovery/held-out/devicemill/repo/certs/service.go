// Package certs issues and revokes X.509 client certificates for things.
package certs

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/devicemill/devicemill/certs/pki"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
)

type Cert struct {
	ThingID    string    `db:"thing_id" json:"thing_id"`
	OwnerID    string    `db:"owner_id" json:"owner_id"`
	Serial     string    `db:"serial" json:"serial"`
	Expire     time.Time `db:"expire" json:"expire"`
	ClientCert string    `db:"-" json:"client_cert"`
	ClientKey  string    `db:"-" json:"client_key"`
	IssuingCA  string    `db:"-" json:"issuing_ca"`
}

type Repository interface {
	Save(ctx context.Context, c Cert) error
	RetrieveByThing(ctx context.Context, ownerID, thingID string) ([]Cert, error)
}

type Service struct {
	auth grpcclient.AuthServiceClient
	repo Repository
	sdk  *sdk.SDK
	pki  pki.Agent
}

func New(auth grpcclient.AuthServiceClient, repo Repository, s *sdk.SDK, p pki.Agent) *Service {
	return &Service{auth: auth, repo: repo, sdk: s, pki: p}
}

func (s *Service) IssueCert(ctx context.Context, token, thingID, ttl string) (Cert, error) {
	owner, _, err := s.auth.Identify(ctx, token)
	if err != nil {
		return Cert{}, err
	}
	th, err := s.sdk.Thing(thingID, token)
	if err != nil {
		return Cert{}, err
	}
	issued, err := s.pki.IssueCert(th.Credentials.Secret, ttl)
	if err != nil {
		return Cert{}, err
	}
	c := Cert{ThingID: th.ID, OwnerID: owner, Serial: issued.Serial, Expire: issued.Expire,
		ClientCert: issued.Certificate, ClientKey: issued.PrivateKey, IssuingCA: issued.IssuingCA}
	return c, s.repo.Save(ctx, c)
}

func MakeHandler(r chi.Router, svc *Service, logger *slog.Logger) {
	r.Post("/certs", func(w http.ResponseWriter, req *http.Request) {
		var body struct {
			ThingID string `json:"thing_id"`
			TTL     string `json:"ttl"`
		}
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		cert, err := svc.IssueCert(req.Context(), strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer "), body.ThingID, body.TTL)
		if err != nil {
			logger.Warn("issue cert failed", slog.Any("error", err))
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(cert)
	})
}
