package com.lotus.mall.search;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.client.discovery.EnableDiscoveryClient;

/**
 * Note: mall-common's Redis helpers are on the classpath but no RedisConfig subclass is declared here,
 * and Redis auto-configuration is excluded: search does not use Redis.
 */
@EnableDiscoveryClient
@MapperScan({"com.lotus.mall.mapper", "com.lotus.mall.search.dao"})
@SpringBootApplication(scanBasePackages = "com.lotus.mall.search",
        excludeName = "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration")
public class MallSearchApplication {
    public static void main(String[] args) {
        SpringApplication.run(MallSearchApplication.class, args);
    }
}
