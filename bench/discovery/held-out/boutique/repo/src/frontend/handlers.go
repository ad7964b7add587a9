package main

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/google/uuid"
	"github.com/gorilla/mux"
	"github.com/sirupsen/logrus"

	pb "github.com/tinsel/boutique/src/frontend/genproto"
)

type logHandler struct {
	log  *logrus.Logger
	next http.Handler
}

func (lh *logHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	lh.log.WithField("http.req.path", r.URL.Path).Debug("request started")
	lh.next.ServeHTTP(w, r)
}

func ensureSessionID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(cookieSessionID)
		if err == http.ErrNoCookie {
			http.SetCookie(w, &http.Cookie{Name: cookieSessionID, Value: uuid.New().String(), MaxAge: cookieMaxAge})
		} else if err != nil || c.Value == "" {
			http.Error(w, "bad session", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func sessionID(r *http.Request) string {
	c, _ := r.Cookie(cookieSessionID)
	if c == nil {
		return ""
	}
	return c.Value
}

func currentCurrency(r *http.Request) string {
	c, _ := r.Cookie(cookieCurrency)
	if c != nil {
		return c.Value
	}
	return defaultCurrency
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (fe *frontendServer) homeHandler(w http.ResponseWriter, r *http.Request) {
	currencies, err := fe.getCurrencies(r.Context())
	if err != nil {
		http.Error(w, "could not retrieve currencies", http.StatusInternalServerError)
		return
	}
	products, err := fe.getProducts(r.Context())
	if err != nil {
		http.Error(w, "could not retrieve products", http.StatusInternalServerError)
		return
	}
	cart, _ := fe.getCart(r.Context(), sessionID(r))
	ads, _ := fe.getAd(r.Context(), nil)
	writeJSON(w, map[string]interface{}{
		"currencies": currencies, "products": products, "cart_size": len(cart), "ads": ads,
	})
}

func (fe *frontendServer) productHandler(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	p, err := fe.getProduct(r.Context(), id)
	if err != nil {
		http.Error(w, "product not found", http.StatusNotFound)
		return
	}
	price, _ := fe.convertCurrency(r.Context(), p.GetPriceUsd(), currentCurrency(r))
	recs, _ := fe.getRecommendations(r.Context(), sessionID(r), []string{id})
	writeJSON(w, map[string]interface{}{"product": p, "price": price, "recommendations": recs})
}

func (fe *frontendServer) viewCartHandler(w http.ResponseWriter, r *http.Request) {
	items, err := fe.getCart(r.Context(), sessionID(r))
	if err != nil {
		http.Error(w, "could not retrieve cart", http.StatusInternalServerError)
		return
	}
	quote, _ := fe.getShippingQuote(r.Context(), items, currentCurrency(r))
	writeJSON(w, map[string]interface{}{"items": items, "shipping": quote})
}

func (fe *frontendServer) addToCartHandler(w http.ResponseWriter, r *http.Request) {
	qty, _ := strconv.ParseInt(r.FormValue("quantity"), 10, 32)
	if err := fe.insertCart(r.Context(), sessionID(r), r.FormValue("product_id"), int32(qty)); err != nil {
		http.Error(w, "failed to add to cart", http.StatusInternalServerError)
		return
	}
	w.Header().Set("location", "/cart")
	w.WriteHeader(http.StatusFound)
}

func (fe *frontendServer) emptyCartHandler(w http.ResponseWriter, r *http.Request) {
	if err := fe.emptyCart(r.Context(), sessionID(r)); err != nil {
		http.Error(w, "failed to empty cart", http.StatusInternalServerError)
		return
	}
	w.Header().Set("location", "/")
	w.WriteHeader(http.StatusFound)
}

func (fe *frontendServer) setCurrencyHandler(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: cookieCurrency, Value: r.FormValue("currency_code"), MaxAge: cookieMaxAge})
	w.Header().Set("location", "/")
	w.WriteHeader(http.StatusFound)
}

func (fe *frontendServer) placeOrderHandler(w http.ResponseWriter, r *http.Request) {
	zip, _ := strconv.ParseInt(r.FormValue("zip_code"), 10, 32)
	order, err := fe.placeOrder(r.Context(), &pb.PlaceOrderRequest{
		Email:        r.FormValue("email"),
		UserId:       sessionID(r),
		UserCurrency: currentCurrency(r),
		Address: &pb.Address{
			StreetAddress: r.FormValue("street_address"),
			City:          r.FormValue("city"),
			State:         r.FormValue("state"),
			ZipCode:       int32(zip),
			Country:       r.FormValue("country"),
		},
		CreditCard: &pb.CreditCardInfo{CreditCardNumber: r.FormValue("credit_card_number")},
	})
	if err != nil {
		http.Error(w, "failed to complete the order", http.StatusInternalServerError)
		return
	}
	writeJSON(w, order.GetOrder())
}
