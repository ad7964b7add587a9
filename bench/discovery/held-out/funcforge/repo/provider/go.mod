module github.com/funcforge/forge-netes

go 1.22

require (
	github.com/gorilla/mux v1.8.1
	k8s.io/api v0.29.3
	k8s.io/apimachinery v0.29.3
	k8s.io/client-go v0.29.3
)
