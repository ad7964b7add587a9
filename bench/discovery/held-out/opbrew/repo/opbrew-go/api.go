package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type product struct {
	ID           int    `json:"id"`
	SKU          string `json:"sku"`
	Name         string `json:"name"`
	Stock        int    `json:"stock"`
	SellingPrice int    `json:"selling_price"`
}

func addAPIHandlers(r *gin.RouterGroup, db *sql.DB, cache Cache, dt *dtClient) {
	r.GET("/products", func(c *gin.Context) {
		if dt.maybeForward(c) {
			return
		}
		rows, err := db.QueryContext(c.Request.Context(),
			`SELECT id, sku, name, stock, selling_price FROM products`)
		if err != nil {
			c.AbortWithError(http.StatusInternalServerError, err)
			return
		}
		defer rows.Close()
		var out []product
		for rows.Next() {
			var p product
			rows.Scan(&p.ID, &p.SKU, &p.Name, &p.Stock, &p.SellingPrice)
			out = append(out, p)
		}
		c.JSON(http.StatusOK, out)
	})

	r.GET("/stats", func(c *gin.Context) {
		if dt.maybeForward(c) {
			return
		}
		ctx := c.Request.Context()
		if v, ok := cache.Get(ctx, "stats"); ok {
			c.Data(http.StatusOK, "application/json", []byte(v))
			return
		}
		var stats struct {
			Products  int `json:"products"`
			Customers int `json:"customers"`
			Orders    int `json:"orders"`
		}
		db.QueryRowContext(ctx, `SELECT
			(SELECT COUNT(*) FROM products),
			(SELECT COUNT(*) FROM customers),
			(SELECT COUNT(*) FROM orders)`).Scan(&stats.Products, &stats.Customers, &stats.Orders)
		b, _ := json.Marshal(stats)
		cache.Set(ctx, "stats", string(b), 5*time.Second)
		c.Data(http.StatusOK, "application/json", b)
	})
}
