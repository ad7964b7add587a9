package biz

import (
	"context"
	"errors"
	"time"

	"github.com/go-kratos/kratos/v2/log"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/google/wire"

	"github.com/maltworks/hopstore/app/shop/interface/internal/conf"
)

// ProviderSet is biz providers.
var ProviderSet = wire.NewSet(NewUserUseCase, NewCatalogUseCase, NewCartUseCase, NewOrderUseCase)

var (
	ErrLoginFailed = errors.New("login failed")
	ErrEmptyCart   = errors.New("cart is empty")
)

type Beer struct {
	Id          int64
	Name        string
	Description string
	Price       int64
	Images      []string
}

type CartItem struct {
	ItemId   int64
	Quantity int64
}

type Order struct {
	Id     int64
	Total  int64
	Status string
}

type UserRepo interface {
	Register(ctx context.Context, username, password, email string) (int64, error)
	VerifyPassword(ctx context.Context, username, password string) (int64, bool, error)
}

type CatalogRepo interface {
	ListBeer(ctx context.Context, pageNum, pageSize int64) ([]*Beer, error)
	GetBeer(ctx context.Context, id int64) (*Beer, error)
}

type CartRepo interface {
	GetCart(ctx context.Context, uid int64) ([]CartItem, error)
	AddItem(ctx context.Context, uid, itemID, qty int64) ([]CartItem, error)
	DeleteCart(ctx context.Context, uid int64) error
}

type OrderRepo interface {
	CreateOrder(ctx context.Context, uid, addressID int64, lines []OrderLine) (*Order, error)
	ListOrder(ctx context.Context, uid, pageNum, pageSize int64) ([]*Order, error)
}

type OrderLine struct {
	ItemId   int64
	Quantity int64
	Price    int64
}

type PaymentRepo interface {
	Confirm(ctx context.Context, orderID int64, paymentMethod string) (status, clientSecret string, err error)
}

// ---- user ----

type UserUseCase struct {
	repo UserRepo
	auth *conf.Auth
}

func NewUserUseCase(repo UserRepo, auth *conf.Auth) *UserUseCase {
	return &UserUseCase{repo: repo, auth: auth}
}

func (uc *UserUseCase) Register(ctx context.Context, username, password, email string) (int64, error) {
	return uc.repo.Register(ctx, username, password, email)
}

// Login verifies the password with the user service and signs a token locally.
func (uc *UserUseCase) Login(ctx context.Context, username, password string) (string, error) {
	uid, ok, err := uc.repo.VerifyPassword(ctx, username, password)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", ErrLoginFailed
	}
	claims := jwtv4.MapClaims{
		"uid": uid,
		"exp": time.Now().Add(uc.auth.TokenTtl.AsDuration()).Unix(),
		"iss": "hopstore.shop.interface",
	}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodHS256, claims).SignedString([]byte(uc.auth.Key))
}

// ---- catalog ----

type CatalogUseCase struct {
	repo CatalogRepo
}

func NewCatalogUseCase(repo CatalogRepo) *CatalogUseCase { return &CatalogUseCase{repo: repo} }

func (uc *CatalogUseCase) List(ctx context.Context, pageNum, pageSize int64) ([]*Beer, error) {
	return uc.repo.ListBeer(ctx, pageNum, pageSize)
}

func (uc *CatalogUseCase) Get(ctx context.Context, id int64) (*Beer, error) {
	return uc.repo.GetBeer(ctx, id)
}

// ---- cart ----

type CartUseCase struct {
	repo CartRepo
}

func NewCartUseCase(repo CartRepo) *CartUseCase { return &CartUseCase{repo: repo} }

func (uc *CartUseCase) List(ctx context.Context, uid int64) ([]CartItem, error) {
	return uc.repo.GetCart(ctx, uid)
}

func (uc *CartUseCase) Add(ctx context.Context, uid, itemID, qty int64) ([]CartItem, error) {
	return uc.repo.AddItem(ctx, uid, itemID, qty)
}

// ---- order / checkout ----

type OrderUseCase struct {
	cart    CartRepo
	catalog CatalogRepo
	orders  OrderRepo
	payment PaymentRepo
	log     *log.Helper
}

func NewOrderUseCase(cart CartRepo, catalog CatalogRepo, orders OrderRepo, payment PaymentRepo, logger log.Logger) *OrderUseCase {
	return &OrderUseCase{cart: cart, catalog: catalog, orders: orders, payment: payment, log: log.NewHelper(log.With(logger, "module", "usecase/order"))}
}

// Checkout turns the user's cart into an order, pricing each line from the catalog.
func (uc *OrderUseCase) Checkout(ctx context.Context, uid, addressID int64) (*Order, error) {
	items, err := uc.cart.GetCart(ctx, uid)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, ErrEmptyCart
	}
	lines := make([]OrderLine, 0, len(items))
	for _, it := range items {
		b, err := uc.catalog.GetBeer(ctx, it.ItemId)
		if err != nil {
			return nil, err
		}
		lines = append(lines, OrderLine{ItemId: it.ItemId, Quantity: it.Quantity, Price: b.Price})
	}
	o, err := uc.orders.CreateOrder(ctx, uid, addressID, lines)
	if err != nil {
		return nil, err
	}
	if err := uc.cart.DeleteCart(ctx, uid); err != nil {
		uc.log.WithContext(ctx).Warnf("clear cart for %d: %v", uid, err)
	}
	return o, nil
}

func (uc *OrderUseCase) List(ctx context.Context, uid, pageNum, pageSize int64) ([]*Order, error) {
	return uc.orders.ListOrder(ctx, uid, pageNum, pageSize)
}

func (uc *OrderUseCase) Pay(ctx context.Context, orderID int64, paymentMethod string) (string, string, error) {
	return uc.payment.Confirm(ctx, orderID, paymentMethod)
}
