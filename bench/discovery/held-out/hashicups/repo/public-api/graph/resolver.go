package graph

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"

	"github.com/kettleco/shop/public-api/service"
)

// Resolver implements the GraphQL schema on top of product-api and payments.
type Resolver struct {
	Products *service.ProductService
	Payments *service.PaymentService
}

type coffeeResolver struct{ c service.Coffee }

func (r coffeeResolver) ID() int32            { return int32(r.c.ID) }
func (r coffeeResolver) Name() string         { return r.c.Name }
func (r coffeeResolver) Teaser() *string      { return &r.c.Teaser }
func (r coffeeResolver) Description() *string { return &r.c.Description }
func (r coffeeResolver) Price() float64       { return r.c.Price }
func (r coffeeResolver) Image() *string       { return &r.c.Image }
func (r coffeeResolver) Ingredients() *[]ingredientResolver {
	out := make([]ingredientResolver, 0, len(r.c.Ingredients))
	for _, i := range r.c.Ingredients {
		out = append(out, ingredientResolver{i})
	}
	return &out
}

type ingredientResolver struct{ i service.Ingredient }

func (r ingredientResolver) ID() int32       { return int32(r.i.ID) }
func (r ingredientResolver) Name() string    { return r.i.Name }
func (r ingredientResolver) Quantity() int32 { return int32(r.i.Quantity) }
func (r ingredientResolver) Unit() *string   { return &r.i.Unit }

func (r *Resolver) Coffees(ctx context.Context) ([]coffeeResolver, error) {
	cs, err := r.Products.Coffees(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]coffeeResolver, len(cs))
	for i, c := range cs {
		out[i] = coffeeResolver{c}
	}
	return out, nil
}

func (r *Resolver) Coffee(ctx context.Context, args struct{ ID int32 }) (*coffeeResolver, error) {
	c, err := r.Products.Coffee(ctx, int(args.ID))
	if err != nil {
		return nil, err
	}
	return &coffeeResolver{*c}, nil
}

type OrderItemInput struct {
	CoffeeID int32
	Quantity int32
}

type orderResolver struct {
	id    string
	total float64
}

func (o orderResolver) ID() string     { return o.id }
func (o orderResolver) Total() float64 { return o.total }

// PlaceOrder prices the basket against the live menu.
func (r *Resolver) PlaceOrder(ctx context.Context, args struct{ Items []OrderItemInput }) (orderResolver, error) {
	menu, err := r.Products.Coffees(ctx)
	if err != nil {
		return orderResolver{}, err
	}
	prices := map[int]float64{}
	for _, c := range menu {
		prices[c.ID] = c.Price
	}
	total := 0.0
	for _, it := range args.Items {
		p, ok := prices[int(it.CoffeeID)]
		if !ok {
			return orderResolver{}, fmt.Errorf("unknown coffee %d", it.CoffeeID)
		}
		total += p * float64(it.Quantity)
	}
	b := make([]byte, 8)
	rand.Read(b)
	return orderResolver{id: hex.EncodeToString(b), total: total}, nil
}

type PaymentDetails struct {
	Name, Type, Number, Expiry string
	Cv2                        int32
	Amount                     float64
}

type paymentResolver struct{ r *service.PaymentResponse }

func (p paymentResolver) ID() string      { return p.r.ID }
func (p paymentResolver) Message() string { return p.r.Message }

func (r *Resolver) Pay(ctx context.Context, args struct{ Details PaymentDetails }) (paymentResolver, error) {
	d := args.Details
	resp, err := r.Payments.Pay(ctx, service.PaymentRequest{
		Name: d.Name, Type: d.Type, Number: d.Number, Expiry: d.Expiry, CV2: int(d.Cv2), Amount: d.Amount,
	})
	if err != nil {
		return paymentResolver{}, err
	}
	return paymentResolver{resp}, nil
}
