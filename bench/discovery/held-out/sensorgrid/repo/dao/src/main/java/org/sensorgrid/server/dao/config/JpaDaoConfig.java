/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.dao.config;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Entities always live in PostgreSQL; the datasource comes from spring.datasource.* in
 * sensorgrid.yml (SPRING_DATASOURCE_URL etc.).
 */
@Configuration
@EnableAutoConfiguration
@ComponentScan({"org.sensorgrid.server.dao.sql", "org.sensorgrid.server.dao.attributes", "org.sensorgrid.server.dao.cache", "org.sensorgrid.server.cache"})
@EnableJpaRepositories({"org.sensorgrid.server.dao.sql", "org.sensorgrid.server.dao.sqlts.insert"})
@EntityScan({"org.sensorgrid.server.dao.model.sql", "org.sensorgrid.server.dao.model.sqlts"})
@EnableTransactionManagement
public class JpaDaoConfig {

}
