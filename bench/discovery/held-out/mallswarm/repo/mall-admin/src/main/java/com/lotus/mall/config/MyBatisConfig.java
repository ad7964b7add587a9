package com.lotus.mall.config;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;

@Configuration
@EnableTransactionManagement
@MapperScan({"com.lotus.mall.mapper", "com.lotus.mall.dao"})
public class MyBatisConfig {
}
