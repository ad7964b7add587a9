module github.com/tinsel/boutique/src/productcatalogservice

go 1.22

require (
	github.com/sirupsen/logrus v1.9.3
	google.golang.org/grpc v1.64.0
	google.golang.org/protobuf v1.34.1
)
