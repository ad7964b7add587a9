package handlers

import (
	"context"
	"html/template"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/brewline-labs/brewline/internal/web/client"
)

type Home struct {
	tmpl      *template.Template
	proxy     *client.ProxyClient
	publicURL string
	version   string
}

func NewHome(tmpl *template.Template, proxy *client.ProxyClient, publicURL, version string) *Home {
	return &Home{tmpl: tmpl, proxy: proxy, publicURL: publicURL, version: version}
}

type pageData struct {
	Version   string
	ProxyURL  string
	ItemTypes []client.ItemType
	Orders    []client.Order
	Error     string
	Flash     string
}

// Index renders the menu and the fulfilment board, both fetched from the
// gateway before the page is sent.
func (h *Home) Index(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 4*time.Second)
	defer cancel()

	data := pageData{Version: h.version, ProxyURL: h.publicURL, Flash: r.URL.Query().Get("flash")}

	items, err := h.proxy.GetItemTypes(ctx)
	if err != nil {
		slog.Error("loading menu", "err", err)
		data.Error = "The menu is unavailable right now."
	}

	data.ItemTypes = items

	orders, err := h.proxy.GetFulfillmentOrders(ctx)
	if err != nil {
		slog.Warn("loading orders", "err", err)
	}

	data.Orders = orders

	if err := h.tmpl.ExecuteTemplate(w, "index.html", data); err != nil {
		slog.Error("render index", "err", err)
		http.Error(w, "template error", http.StatusInternalServerError)
	}
}

// PlaceOrder turns the HTML form into a PlaceOrder call on the gateway.
func (h *Home) PlaceOrder(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)

		return
	}

	req := client.PlaceOrderRequest{
		CommandType:     0,
		OrderSource:     1, // WEB
		Location:        atoi(r.FormValue("location")),
		LoyaltyMemberID: r.FormValue("loyaltyMemberId"),
		Timestamp:       time.Now().UTC(),
	}

	if req.LoyaltyMemberID == "" {
		req.LoyaltyMemberID = uuid.NewString()
	}

	for _, v := range r.Form["items"] {
		t := atoi(v)
		if t <= 7 {
			req.BaristaItems = append(req.BaristaItems, client.CommandItem{ItemType: t})
		} else {
			req.KitchenItems = append(req.KitchenItems, client.CommandItem{ItemType: t})
		}
	}

	if err := h.proxy.PlaceOrder(r.Context(), req); err != nil {
		slog.Error("place order", "err", err)
		http.Redirect(w, r, "/?flash=order-failed", http.StatusSeeOther)

		return
	}

	http.Redirect(w, r, "/?flash=order-placed", http.StatusSeeOther)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)

	return n
}
