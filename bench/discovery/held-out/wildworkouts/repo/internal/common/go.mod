module github.com/birchline/pulsebook/internal/common

go 1.21

require (
	cloud.google.com/go/firestore v1.13.0
	firebase.google.com/go/v4 v4.12.1
	github.com/go-chi/chi/v5 v5.0.10
	github.com/go-chi/cors v1.2.1
	github.com/go-chi/render v1.0.3
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/golang/protobuf v1.5.3
	github.com/google/uuid v1.4.0
	github.com/grpc-ecosystem/go-grpc-middleware v1.4.0
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.3
	github.com/stretchr/testify v1.8.4
	github.com/TV4/logrus-stackdriver-formatter v0.1.0
	google.golang.org/api v0.148.0
	google.golang.org/grpc v1.59.0
	google.golang.org/protobuf v1.31.0
)
