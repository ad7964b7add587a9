module github.com/confstack/confstack/conference-application/frontend-go

go 1.20

require (
	github.com/go-chi/chi/v5 v5.0.8
	github.com/open-feature/go-sdk v1.3.0
	github.com/open-feature/go-sdk-contrib/providers/flagd v0.1.9
	github.com/segmentio/kafka-go v0.4.40
)
