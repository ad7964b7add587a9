package function

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

var (
	pool     *pgxpool.Pool
	poolOnce sync.Once
	poolErr  error
)

type movement struct {
	SKU       string `json:"sku"`
	Warehouse string `json:"warehouse"`
	Delta     int    `json:"delta"`
	Reason    string `json:"reason"`
}

// Handle records a stock movement and returns the new on-hand quantity.
func Handle(w http.ResponseWriter, r *http.Request) {
	poolOnce.Do(func() { pool, poolErr = NewPool(context.Background()) })
	if poolErr != nil {
		log.Printf("db: %s", poolErr)
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}

	if r.Method == http.MethodGet {
		sku := r.URL.Query().Get("sku")
		var qty int
		err := pool.QueryRow(r.Context(), `SELECT COALESCE(SUM(delta),0) FROM stock_movements WHERE sku=$1`, sku).Scan(&qty)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]interface{}{"sku": sku, "on_hand": qty})
		return
	}

	var m movement
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil || m.SKU == "" {
		http.Error(w, "sku and delta required", http.StatusBadRequest)
		return
	}

	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	tx, err := pool.Begin(ctx)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer tx.Rollback(ctx)

	if _, err := tx.Exec(ctx,
		`INSERT INTO stock_movements (sku, warehouse, delta, reason, recorded_at) VALUES ($1,$2,$3,$4,now())`,
		m.SKU, m.Warehouse, m.Delta, m.Reason); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var onHand int
	if err := tx.QueryRow(ctx, `SELECT COALESCE(SUM(delta),0) FROM stock_movements WHERE sku=$1`, m.SKU).Scan(&onHand); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if err := tx.Commit(ctx); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]interface{}{"sku": m.SKU, "on_hand": onHand})
}
