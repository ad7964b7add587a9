package handlers

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
	"github.com/hashicorp/go-hclog"

	"github.com/kettleco/shop/product-api/data"
)

type Coffees struct {
	store data.Store
	log   hclog.Logger
}

func NewCoffees(s data.Store, l hclog.Logger) *Coffees { return &Coffees{store: s, log: l} }

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (c *Coffees) List(w http.ResponseWriter, r *http.Request) {
	cs, err := c.store.Coffees()
	if err != nil {
		c.log.Error("list coffees", "error", err)
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "unable to list coffees"})
		return
	}
	writeJSON(w, http.StatusOK, cs)
}

func (c *Coffees) Get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(mux.Vars(r)["id"])
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "id must be a number"})
		return
	}
	coffee, err := c.store.Coffee(id)
	if errors.Is(err, data.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, map[string]string{"error": "not found"})
		return
	}
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, coffee)
}

func (c *Coffees) Ingredients(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(mux.Vars(r)["id"])
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": "id must be a number"})
		return
	}
	is, err := c.store.Ingredients(id)
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, is)
}
