package service

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Coffee mirrors product-api's coffee representation.
type Coffee struct {
	ID          int          `json:"id"`
	Name        string       `json:"name"`
	Teaser      string       `json:"teaser"`
	Description string       `json:"description"`
	Price       float64      `json:"price"`
	Image       string       `json:"image"`
	Ingredients []Ingredient `json:"ingredients"`
}

type Ingredient struct {
	ID       int    `json:"ingredient_id"`
	Name     string `json:"name"`
	Quantity int    `json:"quantity"`
	Unit     string `json:"unit"`
}

// ProductService is a REST client for product-api.
type ProductService struct {
	baseURL string
	client  *http.Client
}

func NewProductService(baseURL string, timeout time.Duration) *ProductService {
	return &ProductService{baseURL: baseURL, client: &http.Client{Timeout: timeout}}
}

func (s *ProductService) get(ctx context.Context, path string, out interface{}) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.baseURL+path, nil)
	if err != nil {
		return err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return fmt.Errorf("product-api %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("product-api %s: status %d", path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Coffees lists the whole menu.
func (s *ProductService) Coffees(ctx context.Context) ([]Coffee, error) {
	var cs []Coffee
	err := s.get(ctx, "/coffees", &cs)
	return cs, err
}

// Coffee returns one drink with its ingredients.
func (s *ProductService) Coffee(ctx context.Context, id int) (*Coffee, error) {
	var c Coffee
	if err := s.get(ctx, fmt.Sprintf("/coffees/%d", id), &c); err != nil {
		return nil, err
	}
	var ing []Ingredient
	if err := s.get(ctx, fmt.Sprintf("/coffees/%d/ingredients", id), &ing); err == nil {
		c.Ingredients = ing
	}
	return &c, nil
}
