module github.com/kestrel-pets/aks-store/makeline-service

go 1.21

require (
	github.com/Azure/azure-sdk-for-go/sdk/azidentity v1.5.1
	github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos v0.3.6
	github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus v1.5.0
	github.com/Azure/go-amqp v1.0.3
	github.com/gin-contrib/cors v1.5.0
	github.com/gin-gonic/gin v1.9.1
	go.mongodb.org/mongo-driver v1.13.1
)
