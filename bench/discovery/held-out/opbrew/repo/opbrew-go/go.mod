module github.com/opbrew/opbrew-go

go 1.22

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/go-redis/redis/v8 v8.11.5
	github.com/lib/pq v1.10.9
	github.com/mattn/go-sqlite3 v1.14.22
	go.elastic.co/apm/module/apmgin/v2 v2.6.0
	go.elastic.co/apm/module/apmhttp/v2 v2.6.0
	go.elastic.co/apm/module/apmsql/v2 v2.6.0
	go.elastic.co/apm/module/apmgoredisv8/v2 v2.6.0
	go.elastic.co/apm/v2 v2.6.0
)
