module github.com/freightyard/mailer-service

go 1.14

require (
	github.com/freightyard/account-service v0.0.0
	github.com/micro/go-micro/v2 v2.9.1
	github.com/micro/go-plugins/broker/nats/v2 v2.9.1
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
)

replace (
	github.com/freightyard/account-service => ../account-service
	google.golang.org/grpc => google.golang.org/grpc v1.26.0
)
