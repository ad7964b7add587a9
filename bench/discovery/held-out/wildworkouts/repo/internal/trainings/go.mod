module github.com/birchline/pulsebook/internal/trainings

go 1.21

require (
	cloud.google.com/go/firestore v1.13.0
	github.com/birchline/pulsebook/internal/common v0.0.0-00010101000000-000000000000
	github.com/deepmap/oapi-codegen v1.15.0
	github.com/go-chi/chi/v5 v5.0.10
	github.com/go-chi/render v1.0.3
	github.com/golang/protobuf v1.5.3
	github.com/google/uuid v1.4.0
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.3
	github.com/stretchr/testify v1.8.4
	google.golang.org/api v0.148.0
	google.golang.org/grpc v1.59.0
)

replace github.com/birchline/pulsebook/internal/common => ../common/
