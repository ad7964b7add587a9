module github.com/socksemporium/user

go 1.21

require (
	github.com/gorilla/mux v1.8.1
	go.mongodb.org/mongo-driver v1.15.0
)
