module github.com/teamwharf/push-proxy

go 1.22

require (
	firebase.google.com/go/v4 v4.14.0
	github.com/sideshow/apns2 v0.23.0
	google.golang.org/api v0.180.0
)
