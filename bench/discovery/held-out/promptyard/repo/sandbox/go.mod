module github.com/promptyard/promptyard-sandbox

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	gopkg.in/yaml.v3 v3.0.1
)
