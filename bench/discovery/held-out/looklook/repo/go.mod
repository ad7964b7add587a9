module nestaway

go 1.21

require (
	github.com/Masterminds/squirrel v1.5.4
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/hibiken/asynq v0.24.1
	github.com/pkg/errors v0.9.1
	github.com/silenceper/wechat/v2 v2.1.6
	github.com/wechatpay-apiv3/wechatpay-go v0.2.18
	github.com/zeromicro/go-queue v1.1.8
	github.com/zeromicro/go-zero v1.6.3
	github.com/alicebob/miniredis/v2 v2.31.0
	github.com/stretchr/testify v1.9.0
	golang.org/x/crypto v0.21.0
	google.golang.org/grpc v1.62.1
	google.golang.org/protobuf v1.33.0
)
