module github.com/kubeflow/pipelines

go 1.20

require (
	github.com/argoproj/argo-workflows/v3 v3.3.10
	github.com/go-sql-driver/mysql v1.7.1
	github.com/golang/glog v1.1.0
	github.com/grpc-ecosystem/grpc-gateway v1.16.0
	github.com/jinzhu/gorm v1.9.16
	github.com/minio/minio-go/v6 v6.0.57
	github.com/spf13/viper v1.15.0
	google.golang.org/grpc v1.56.1
	k8s.io/api v0.25.9
	k8s.io/apimachinery v0.25.9
	k8s.io/client-go v0.25.9
)
