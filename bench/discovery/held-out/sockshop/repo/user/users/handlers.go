package users

import (
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

type Handler struct {
	store *MongoStore
}

func NewHandler(s *MongoStore) *Handler { return &Handler{store: s} }

func writeJSON(w http.ResponseWriter, code int, v interface{}) {
	w.Header().Set("Content-Type", "application/hal+json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func hash(pass, salt string) string {
	return fmt.Sprintf("%x", sha1.Sum([]byte(pass+salt)))
}

func (h *Handler) Login(w http.ResponseWriter, r *http.Request) {
	name, pass, ok := r.BasicAuth()
	if !ok {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	u, err := h.store.FindUserByName(r.Context(), name)
	if err != nil || u.Password != hash(pass, u.Salt) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{"user": u})
}

func (h *Handler) Register(w http.ResponseWriter, r *http.Request) {
	var u User
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	u.Salt = "c0ffee"
	u.Password = hash(u.Password, u.Salt)
	if err := h.store.CreateUser(r.Context(), &u); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"id": u.ID.Hex()})
}

func (h *Handler) GetCustomer(w http.ResponseWriter, r *http.Request) {
	u, err := h.store.GetUser(r.Context(), mux.Vars(r)["id"])
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, u)
}

func (h *Handler) PostAddress(w http.ResponseWriter, r *http.Request) {
	var a Address
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := h.store.CreateAddress(r.Context(), &a); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (h *Handler) GetAddress(w http.ResponseWriter, r *http.Request) {
	a, err := h.store.GetAddress(r.Context(), mux.Vars(r)["id"])
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (h *Handler) PostCard(w http.ResponseWriter, r *http.Request) {
	var c Card
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := h.store.CreateCard(r.Context(), &c); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (h *Handler) GetCard(w http.ResponseWriter, r *http.Request) {
	c, err := h.store.GetCard(r.Context(), mux.Vars(r)["id"])
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (h *Handler) Health(w http.ResponseWriter, r *http.Request) {
	status := "OK"
	if err := h.store.Ping(r.Context()); err != nil {
		status = "err"
	}
	writeJSON(w, http.StatusOK, map[string]string{"service": "user", "status": status})
}
