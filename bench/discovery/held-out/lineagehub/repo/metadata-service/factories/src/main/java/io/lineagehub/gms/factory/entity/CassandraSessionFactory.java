package io.lineagehub.gms.factory.entity;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.Nonnull;
import javax.net.ssl.SSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Alternative entity store, only wired when ENTITY_SERVICE_IMPL=cassandra. */
@Configuration
@ConditionalOnProperty(name = "entityService.impl", havingValue = "cassandra")
public class CassandraSessionFactory {

  @Value("${cassandra.hosts}")
  private String hosts;

  @Value("${cassandra.port}")
  private int port;

  @Value("${cassandra.datacenter}")
  private String datacenter;

  @Value("${cassandra.keyspace}")
  private String keyspace;

  @Value("${cassandra.datasourceUsername}")
  private String username;

  @Value("${cassandra.datasourcePassword}")
  private String password;

  @Value("${cassandra.useSsl}")
  private boolean useSsl;

  @Bean(name = "cassandraSession")
  @Nonnull
  protected CqlSession createSession() throws Exception {
    List<InetSocketAddress> addresses = Arrays.stream(hosts.split(","))
        .map(host -> new InetSocketAddress(host, port))
        .collect(Collectors.toList());

    CqlSessionBuilder csb = CqlSession.builder()
        .addContactPoints(addresses)
        .withLocalDatacenter(datacenter)
        .withKeyspace(keyspace)
        .withAuthCredentials(username, password);

    if (useSsl) {
      csb = csb.withSslContext(SSLContext.getDefault());
    }
    return csb.build();
  }
}
