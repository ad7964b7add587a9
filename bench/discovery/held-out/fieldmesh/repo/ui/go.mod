module github.com/fieldmesh/fieldmesh-ui-go

go 1.21

require (
	github.com/gorilla/mux v1.8.0
	gopkg.in/yaml.v3 v3.0.1
)
