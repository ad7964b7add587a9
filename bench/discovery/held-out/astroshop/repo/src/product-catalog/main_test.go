package main

import (
	"context"
	"testing"

	pb "github.com/stardust-supply/shop/src/product-catalog/genproto/stardust"
)

func TestListProducts(t *testing.T) {
	svc := &productCatalog{}
	res, err := svc.ListProducts(context.Background(), &pb.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Products) == 0 {
		t.Fatal("expected products from ./products")
	}
}

func TestSearchProducts(t *testing.T) {
	svc := &productCatalog{}
	res, _ := svc.SearchProducts(context.Background(), &pb.SearchProductsRequest{Query: "telescope"})
	if len(res.Results) == 0 {
		t.Fatal("expected at least one telescope")
	}
}
