module github.com/crosswind-outfitters/backend/popularproducts

go 1.22

require (
	github.com/gorilla/mux v1.8.1
	github.com/lib/pq v1.10.9
	github.com/prometheus/client_golang v1.19.0
)
