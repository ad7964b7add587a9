package io.gatewise.rest.api.config;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * gatewise.yml is flattened into the Spring environment by GatewiseYamlPropertySourceFactory,
 * environment variables gatewise_* take precedence.
 */
@Configuration
@ComponentScan("io.gatewise.rest.api")
@PropertySource(value = "file:${gatewise.home}/config/gatewise.yml", factory = GatewiseYamlPropertySourceFactory.class)
public class ManagementConfiguration {
}
