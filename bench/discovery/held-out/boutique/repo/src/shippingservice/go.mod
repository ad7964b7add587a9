module github.com/tinsel/boutique/src/shippingservice

go 1.22

require (
	github.com/sirupsen/logrus v1.9.3
	google.golang.org/grpc v1.64.0
)
