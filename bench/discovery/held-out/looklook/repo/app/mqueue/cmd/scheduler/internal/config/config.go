package config

import (
	"github.com/zeromicro/go-zero/core/service"
	"github.com/zeromicro/go-zero/core/stores/redis"
)

type Config struct {
	service.ServiceConf
	Redis            redis.RedisConf
	SettleRecordCron string `json:",default=*/1 * * * *"`
}
