// Package things manages things (devices), channels and their connections.
package things

import (
	"context"
	"errors"

	"github.com/devicemill/devicemill/pkg/grpcclient"
)

var ErrAuthorization = errors.New("failed to perform authorization over the entity")

type Thing struct {
	ID       string `db:"id" json:"id"`
	Name     string `db:"name" json:"name"`
	Key      string `db:"key" json:"key"`
	DomainID string `db:"domain_id" json:"domain_id"`
}

type Repository interface {
	Save(ctx context.Context, t Thing) (Thing, error)
	RetrieveByKey(ctx context.Context, key string) (string, error)
	Connect(ctx context.Context, thingID, chanID string) error
	HasConnection(ctx context.Context, thingID, chanID string) (bool, error)
}

type Cache interface {
	Save(ctx context.Context, key, id string) error
	ID(ctx context.Context, key string) (string, error)
}

type Service interface {
	CreateThing(ctx context.Context, token string, t Thing) (Thing, error)
	Connect(ctx context.Context, token, thingID, chanID string) error
	Authorize(ctx context.Context, key, chanID, perm string) (string, error)
}

type service struct {
	auth  grpcclient.AuthServiceClient
	repo  Repository
	cache Cache
}

func NewService(auth grpcclient.AuthServiceClient, repo Repository, cache Cache) Service {
	return &service{auth: auth, repo: repo, cache: cache}
}

func (s *service) CreateThing(ctx context.Context, token string, t Thing) (Thing, error) {
	userID, domainID, err := s.auth.Identify(ctx, token)
	if err != nil {
		return Thing{}, err
	}
	t.DomainID = domainID
	saved, err := s.repo.Save(ctx, t)
	if err != nil {
		return Thing{}, err
	}
	if err := s.auth.AddPolicy(ctx, userID, "administrator", "thing", saved.ID); err != nil {
		return Thing{}, err
	}
	return saved, s.cache.Save(ctx, saved.Key, saved.ID)
}

func (s *service) Connect(ctx context.Context, token, thingID, chanID string) error {
	userID, _, err := s.auth.Identify(ctx, token)
	if err != nil {
		return err
	}
	ok, err := s.auth.Authorize(ctx, userID, "admin", "channel", chanID)
	if err != nil || !ok {
		return ErrAuthorization
	}
	return s.repo.Connect(ctx, thingID, chanID)
}

// Authorize is served over gRPC to protocol adapters.
func (s *service) Authorize(ctx context.Context, key, chanID, perm string) (string, error) {
	id, err := s.cache.ID(ctx, key)
	if err != nil {
		if id, err = s.repo.RetrieveByKey(ctx, key); err != nil {
			return "", ErrAuthorization
		}
		_ = s.cache.Save(ctx, key, id)
	}
	ok, err := s.repo.HasConnection(ctx, id, chanID)
	if err != nil || !ok {
		return "", ErrAuthorization
	}
	return id, nil
}

// standaloneAuth lets things run without the auth service (DM_THINGS_STANDALONE_ID).
type standaloneAuth struct{ id string }

func NewStandaloneAuth(id string) grpcclient.AuthServiceClient { return standaloneAuth{id: id} }

func (a standaloneAuth) Identify(context.Context, string) (string, string, error) { return a.id, a.id, nil }
func (a standaloneAuth) Authorize(context.Context, string, string, string, string) (bool, error) {
	return true, nil
}
func (a standaloneAuth) AddPolicy(context.Context, string, string, string, string) error { return nil }
