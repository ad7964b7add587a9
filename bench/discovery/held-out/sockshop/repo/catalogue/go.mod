module github.com/socksemporium/catalogue

go 1.21

require (
	github.com/go-kit/log v0.2.1
	github.com/go-sql-driver/mysql v1.8.1
	github.com/gorilla/mux v1.8.1
	github.com/jmoiron/sqlx v1.4.0
)
