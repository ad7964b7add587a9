module github.com/tinsel/boutique/src/frontend

go 1.22

require (
	github.com/google/uuid v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/sirupsen/logrus v1.9.3
	google.golang.org/grpc v1.64.0
	google.golang.org/protobuf v1.34.1
)
