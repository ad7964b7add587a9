module github.com/kilnworks/flowforge/v3

go 1.21

require (
	cloud.google.com/go/storage v1.35.1
	github.com/Azure/azure-sdk-for-go/sdk/storage/azblob v1.2.0
	github.com/coreos/go-oidc/v3 v3.7.0
	github.com/go-git/go-git/v5 v5.10.0
	github.com/go-sql-driver/mysql v1.7.1
	github.com/grpc-ecosystem/grpc-gateway v1.16.0
	github.com/lib/pq v1.10.9
	github.com/minio/minio-go/v7 v7.0.63
	github.com/prometheus/client_golang v1.17.0
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.8.0
	github.com/spf13/viper v1.17.0
	github.com/stretchr/testify v1.8.4
	golang.org/x/oauth2 v0.13.0
	google.golang.org/grpc v1.59.0
	k8s.io/api v0.28.3
	k8s.io/apimachinery v0.28.3
	k8s.io/client-go v0.28.3
	sigs.k8s.io/yaml v1.4.0
	upper.io/db.v3 v3.8.0+incompatible
)
