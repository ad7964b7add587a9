// Package auth issues and validates tokens and evaluates policies through a
// PolicyAgent (SpiceDB in the default deployment).
package auth

import (
	"context"
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var ErrUnauthorized = errors.New("unauthorized")

type PolicyAgent interface {
	CheckPermission(ctx context.Context, subjType, subj, perm, objType, obj string) (bool, error)
	AddPolicy(ctx context.Context, subjType, subj, relation, objType, obj string) error
}

type KeyRepository interface {
	Save(ctx context.Context, id, userID string, expiresAt time.Time) error
	Revoked(ctx context.Context, id string) (bool, error)
}

type DomainRepository interface {
	Save(ctx context.Context, id, name, owner string) error
}

type Service struct {
	keys            KeyRepository
	domains         DomainRepository
	agent           PolicyAgent
	secret          []byte
	accessDuration  time.Duration
	refreshDuration time.Duration
}

func NewService(keys KeyRepository, domains DomainRepository, agent PolicyAgent, secret string, access, refresh time.Duration) *Service {
	return &Service{keys: keys, domains: domains, agent: agent, secret: []byte(secret), accessDuration: access, refreshDuration: refresh}
}

func (s *Service) Issue(ctx context.Context, userID, domainID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "domain": domainID, "iss": "devicemill.auth", "exp": time.Now().Add(s.accessDuration).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS512, claims).SignedString(s.secret)
}

func (s *Service) Identify(ctx context.Context, token string) (string, string, error) {
	t, err := jwt.Parse(token, func(*jwt.Token) (interface{}, error) { return s.secret, nil })
	if err != nil || !t.Valid {
		return "", "", ErrUnauthorized
	}
	claims := t.Claims.(jwt.MapClaims)
	sub, _ := claims["sub"].(string)
	dom, _ := claims["domain"].(string)
	return sub, dom, nil
}

func (s *Service) Authorize(ctx context.Context, subject, permission, objectType, object string) (bool, error) {
	return s.agent.CheckPermission(ctx, "user", subject, permission, objectType, object)
}

func (s *Service) AddPolicy(ctx context.Context, subject, relation, objectType, object string) error {
	return s.agent.AddPolicy(ctx, "user", subject, relation, objectType, object)
}
