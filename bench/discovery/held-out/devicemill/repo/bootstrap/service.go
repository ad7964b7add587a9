// Package bootstrap stores per-device bootstrap configs and provisions the
// matching things through the things REST API (Go SDK).
package bootstrap

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"

	"github.com/devicemill/devicemill/pkg/grpcclient"
	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
)

type Config struct {
	ThingID     string   `db:"thing_id" json:"thing_id"`
	Owner       string   `db:"owner" json:"owner"`
	Name        string   `db:"name" json:"name"`
	ExternalID  string   `db:"external_id" json:"external_id"`
	ExternalKey string   `db:"external_key" json:"external_key"`
	Content     string   `db:"content" json:"content"`
	State       int      `db:"state" json:"state"`
	Channels    []string `db:"-" json:"channels"`
}

type ConfigRepository interface {
	Save(ctx context.Context, cfg Config) error
	RetrieveByExternalID(ctx context.Context, externalID string) (Config, error)
	RemoveThing(ctx context.Context, thingID string) error
	DisconnectThing(ctx context.Context, chanID, thingID string) error
}

type Service struct {
	auth   grpcclient.AuthServiceClient
	repo   ConfigRepository
	sdk    *sdk.SDK
	encKey []byte
}

func New(auth grpcclient.AuthServiceClient, repo ConfigRepository, s *sdk.SDK, encKey []byte) *Service {
	return &Service{auth: auth, repo: repo, sdk: s, encKey: encKey}
}

func (s *Service) Add(ctx context.Context, token string, cfg Config) (Config, error) {
	owner, _, err := s.auth.Identify(ctx, token)
	if err != nil {
		return Config{}, err
	}
	if cfg.ThingID == "" {
		th, err := s.sdk.CreateThing(sdk.Thing{Name: cfg.Name}, token)
		if err != nil {
			return Config{}, err
		}
		cfg.ThingID = th.ID
	} else if _, err := s.sdk.Thing(cfg.ThingID, token); err != nil {
		return Config{}, err
	}
	cfg.Owner = owner
	return cfg, s.repo.Save(ctx, cfg)
}

// Bootstrap returns the encrypted config for a device identified by external ID/key.
func (s *Service) Bootstrap(ctx context.Context, externalKey, externalID string) ([]byte, error) {
	cfg, err := s.repo.RetrieveByExternalID(ctx, externalID)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(s.encKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, []byte(cfg.Content), nil), nil
}

func (s *Service) RemoveConfigHandler(ctx context.Context, thingID string) error {
	return s.repo.RemoveThing(ctx, thingID)
}

func (s *Service) DisconnectThingHandler(ctx context.Context, chanID, thingID string) error {
	return s.repo.DisconnectThing(ctx, chanID, thingID)
}
