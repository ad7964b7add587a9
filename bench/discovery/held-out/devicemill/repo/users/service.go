// Package users manages platform users. Identities are stored in users-db; tokens
// and ownership policies are delegated to the auth service over gRPC.
package users

import (
	"context"
	"errors"
	"regexp"

	"github.com/devicemill/devicemill/internal/email"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"golang.org/x/crypto/bcrypt"
)

var ErrMalformedEntity = errors.New("malformed entity specification")

type User struct {
	ID       string `db:"id"`
	Name     string `db:"name"`
	Identity string `db:"identity"`
	Secret   string `db:"secret"`
	Role     string `db:"role"`
}

type Repository interface {
	Save(ctx context.Context, u User) (User, error)
	RetrieveByIdentity(ctx context.Context, identity string) (User, error)
	UpdateSecret(ctx context.Context, id, secret string) error
}

type Service struct {
	repo         Repository
	auth         grpcclient.AuthServiceClient
	emailer      *email.Agent
	passRegex    *regexp.Regexp
	resetURL     string
	selfRegister bool
}

func NewService(repo Repository, auth grpcclient.AuthServiceClient, emailer *email.Agent, passRegex, resetURL string, selfRegister bool) *Service {
	return &Service{repo: repo, auth: auth, emailer: emailer, passRegex: regexp.MustCompile(passRegex), resetURL: resetURL, selfRegister: selfRegister}
}

func (s *Service) Register(ctx context.Context, token string, u User) (User, error) {
	if !s.passRegex.MatchString(u.Secret) {
		return User{}, ErrMalformedEntity
	}
	if !s.selfRegister {
		if _, _, err := s.auth.Identify(ctx, token); err != nil {
			return User{}, err
		}
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(u.Secret), bcrypt.DefaultCost)
	if err != nil {
		return User{}, err
	}
	u.Secret = string(hash)
	saved, err := s.repo.Save(ctx, u)
	if err != nil {
		return User{}, err
	}
	if err := s.auth.AddPolicy(ctx, saved.ID, "member", "platform", "devicemill"); err != nil {
		return User{}, err
	}
	return saved, nil
}

func (s *Service) CreateAdmin(ctx context.Context, identity, secret string) error {
	if _, err := s.repo.RetrieveByIdentity(ctx, identity); err == nil {
		return nil
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(secret), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	u, err := s.repo.Save(ctx, User{Name: "admin", Identity: identity, Secret: string(hash), Role: "admin"})
	if err != nil {
		return err
	}
	return s.auth.AddPolicy(ctx, u.ID, "administrator", "platform", "devicemill")
}

func (s *Service) SendPasswordReset(ctx context.Context, host, identity, token string) error {
	if _, err := s.repo.RetrieveByIdentity(ctx, identity); err != nil {
		return err
	}
	link := host + s.resetURL + "?token=" + token
	return s.emailer.Send([]string{identity}, "Password reset request", "Devicemill password reset",
		"Use the following link to reset your password: "+link, "Devicemill Team")
}
