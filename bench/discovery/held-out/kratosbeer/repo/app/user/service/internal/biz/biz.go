package biz

import (
	"context"
	"errors"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"
	"golang.org/x/crypto/bcrypt"
)

// ProviderSet is biz providers.
var ProviderSet = wire.NewSet(NewUserUseCase)

var ErrUserNotFound = errors.New("user not found")

type User struct {
	Id             int64
	Username       string
	Email          string
	HashedPassword string
}

type Address struct {
	Id       int64
	Name     string
	Mobile   string
	Address  string
	PostCode string
}

type UserRepo interface {
	CreateUser(ctx context.Context, u *User) (*User, error)
	GetUser(ctx context.Context, id int64) (*User, error)
	FindByUsername(ctx context.Context, username string) (*User, error)
	ListUser(ctx context.Context, pageNum, pageSize int64) ([]*User, error)
	ListAddress(ctx context.Context, uid int64) ([]*Address, error)
	CreateAddress(ctx context.Context, uid int64, a *Address) (*Address, error)
}

type UserUseCase struct {
	repo UserRepo
	log  *log.Helper
}

func NewUserUseCase(repo UserRepo, logger log.Logger) *UserUseCase {
	return &UserUseCase{repo: repo, log: log.NewHelper(log.With(logger, "module", "usecase/user"))}
}

func (uc *UserUseCase) Create(ctx context.Context, u *User, password string) (*User, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return nil, err
	}
	u.HashedPassword = string(h)
	return uc.repo.CreateUser(ctx, u)
}

func (uc *UserUseCase) Get(ctx context.Context, id int64) (*User, error) {
	return uc.repo.GetUser(ctx, id)
}

func (uc *UserUseCase) GetByUsername(ctx context.Context, username string) (*User, error) {
	return uc.repo.FindByUsername(ctx, username)
}

func (uc *UserUseCase) VerifyPassword(ctx context.Context, username, password string) (*User, bool, error) {
	u, err := uc.repo.FindByUsername(ctx, username)
	if err != nil {
		return nil, false, err
	}
	return u, bcrypt.CompareHashAndPassword([]byte(u.HashedPassword), []byte(password)) == nil, nil
}

func (uc *UserUseCase) List(ctx context.Context, pageNum, pageSize int64) ([]*User, error) {
	return uc.repo.ListUser(ctx, pageNum, pageSize)
}

func (uc *UserUseCase) ListAddress(ctx context.Context, uid int64) ([]*Address, error) {
	return uc.repo.ListAddress(ctx, uid)
}

func (uc *UserUseCase) CreateAddress(ctx context.Context, uid int64, a *Address) (*Address, error) {
	return uc.repo.CreateAddress(ctx, uid, a)
}
