module handler/function

go 1.22

require (
	github.com/aws/aws-sdk-go-v2/service/s3 v1.53.1
	github.com/jackc/pgx/v5 v5.5.5
)
