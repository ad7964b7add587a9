package biz

import (
	"context"
	"errors"
	"time"

	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/google/wire"

	"github.com/maltworks/hopstore/app/admin/interface/internal/conf"
)

// ProviderSet is biz providers.
var ProviderSet = wire.NewSet(NewAdminUseCase)

var ErrNotAdmin = errors.New("not an administrator")

type Beer struct {
	Id          int64
	Name        string
	Description string
	Price       int64
	Stock       int64
}

type User struct {
	Id       int64
	Username string
	Email    string
}

type Order struct {
	Id     int64
	UserId int64
	Total  int64
	Status string
}

type CatalogRepo interface {
	ListBeer(ctx context.Context, pageNum, pageSize int64) ([]*Beer, error)
	CreateBeer(ctx context.Context, b *Beer) (*Beer, error)
}

type UserRepo interface {
	VerifyPassword(ctx context.Context, username, password string) (int64, bool, error)
	ListUser(ctx context.Context, pageNum, pageSize int64) ([]*User, error)
}

type OrderRepo interface {
	ListOrder(ctx context.Context, pageNum, pageSize int64) ([]*Order, error)
}

type AdminUseCase struct {
	catalog CatalogRepo
	users   UserRepo
	orders  OrderRepo
	auth    *conf.Auth
}

func NewAdminUseCase(catalog CatalogRepo, users UserRepo, orders OrderRepo, auth *conf.Auth) *AdminUseCase {
	return &AdminUseCase{catalog: catalog, users: users, orders: orders, auth: auth}
}

func (uc *AdminUseCase) Login(ctx context.Context, username, password string) (string, error) {
	uid, ok, err := uc.users.VerifyPassword(ctx, username, password)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", ErrNotAdmin
	}
	claims := jwtv4.MapClaims{"uid": uid, "role": "admin", "exp": time.Now().Add(uc.auth.TokenTtl.AsDuration()).Unix()}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, claims).SignedString([]byte(uc.auth.Key))
}

func (uc *AdminUseCase) ListBeer(ctx context.Context, pageNum, pageSize int64) ([]*Beer, error) {
	return uc.catalog.ListBeer(ctx, pageNum, pageSize)
}

func (uc *AdminUseCase) CreateBeer(ctx context.Context, b *Beer) (*Beer, error) {
	return uc.catalog.CreateBeer(ctx, b)
}

func (uc *AdminUseCase) ListUser(ctx context.Context, pageNum, pageSize int64) ([]*User, error) {
	return uc.users.ListUser(ctx, pageNum, pageSize)
}

func (uc *AdminUseCase) ListOrder(ctx context.Context, pageNum, pageSize int64) ([]*Order, error) {
	return uc.orders.ListOrder(ctx, pageNum, pageSize)
}
