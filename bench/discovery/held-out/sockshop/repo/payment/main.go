package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"strconv"

	"github.com/gorilla/mux"
)

type AuthorisationRequest struct {
	Amount float32 `json:"amount"`
}

type Authorisation struct {
	Authorised bool   `json:"authorised"`
	Message    string `json:"message"`
}

func main() {
	declineAmount := float32(100)
	if v := os.Getenv("PAYMENT_DECLINE_OVER_AMOUNT"); v != "" {
		if f, err := strconv.ParseFloat(v, 32); err == nil {
			declineAmount = float32(f)
		}
	}
	port := os.Getenv("PORT")
	if port == "" {
		port = "80"
	}

	r := mux.NewRouter()
	r.HandleFunc("/paymentAuth", func(w http.ResponseWriter, req *http.Request) {
		var ar AuthorisationRequest
		if err := json.NewDecoder(req.Body).Decode(&ar); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		auth := Authorisation{Authorised: true, Message: "Payment authorised"}
		if ar.Amount <= 0 {
			auth = Authorisation{Authorised: false, Message: "Invalid payment amount"}
		} else if ar.Amount > declineAmount {
			auth = Authorisation{Authorised: false, Message: fmt.Sprintf("Payment declined: amount exceeds %.2f", declineAmount)}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(auth)
	}).Methods("POST")
	r.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) {
		json.NewEncoder(w).Encode(map[string]string{"service": "payment", "status": "OK"})
	}).Methods("GET")

	log.Printf("payment listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, r))
}
