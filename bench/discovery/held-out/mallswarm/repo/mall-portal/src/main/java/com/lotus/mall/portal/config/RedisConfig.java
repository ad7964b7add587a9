package com.lotus.mall.portal.config;

import com.lotus.mall.common.config.BaseRedisConfig;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RedisConfig extends BaseRedisConfig {
}
