package io.launchpad.conductor.sql

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import javax.sql.DataSource
import org.jooq.DSLContext
import org.jooq.SQLDialect
import org.jooq.impl.DSL
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import org.springframework.context.annotation.Primary

/** Pipeline and orchestration executions are persisted in MySQL (tables migrated by Liquibase). */
@Configuration
@ConditionalOnProperty("executionRepository.sql.enabled")
class SqlExecutionRepositoryConfig {

  @Bean
  @Primary
  fun dataSource(
    @Value("\${sql.connectionPools.default.jdbcUrl}") jdbcUrl: String,
    @Value("\${sql.connectionPools.default.user}") user: String,
    @Value("\${sql.connectionPools.default.password:}") password: String,
    @Value("\${sql.connectionPools.default.maxPoolSize:50}") maxPoolSize: Int
  ): DataSource = HikariDataSource(HikariConfig().apply {
    this.jdbcUrl = jdbcUrl
    this.username = user
    this.password = password
    this.maximumPoolSize = maxPoolSize
    this.poolName = "conductor-default"
    this.driverClassName = "com.mysql.cj.jdbc.Driver"
  })

  @Bean
  fun jooq(dataSource: DataSource): DSLContext = DSL.using(dataSource, SQLDialect.MYSQL)

  @Bean
  fun executionRepository(jooq: DSLContext): SqlExecutionRepository = SqlExecutionRepository(jooq)
}

class SqlExecutionRepository(private val jooq: DSLContext) {
  fun retrievePipeline(id: String): String? =
    jooq.select(DSL.field("body", String::class.java))
      .from(DSL.table("pipelines"))
      .where(DSL.field("id").eq(id))
      .fetchOne(0, String::class.java)

  fun storePipeline(id: String, application: String, status: String, body: String) {
    jooq.insertInto(DSL.table("pipelines"))
      .columns(DSL.field("id"), DSL.field("application"), DSL.field("status"), DSL.field("body"))
      .values(id, application, status, body)
      .onDuplicateKeyUpdate()
      .set(DSL.field("status"), status)
      .set(DSL.field("body"), body)
      .execute()
  }
}
