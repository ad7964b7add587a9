module github.com/tinsel/boutique/src/checkoutservice

go 1.22

require (
	github.com/google/uuid v1.6.0
	github.com/sirupsen/logrus v1.9.3
	google.golang.org/grpc v1.64.0
)
