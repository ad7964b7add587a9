module github.com/promptyard/promptyard-plugin-daemon

go 1.23.3

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/go-playground/validator/v10 v10.22.0
	github.com/google/uuid v1.6.0
	github.com/joho/godotenv v1.5.1
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/redis/go-redis/v9 v9.5.5
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.11
)
