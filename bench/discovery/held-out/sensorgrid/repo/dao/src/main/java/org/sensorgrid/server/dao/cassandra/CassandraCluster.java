/**
 * Copyright © 2016-2026 The SensorGrid Authors
 */
package org.sensorgrid.server.dao.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import lombok.extern.slf4j.Slf4j;
import org.sensorgrid.server.dao.util.NoSqlAnyDao;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Only created when database.ts.type or database.ts_latest.type is 'cassandra' (@NoSqlAnyDao),
 * i.e. in the hybrid deployment.
 */
@Component("CassandraCluster")
@NoSqlAnyDao
@Slf4j
public class CassandraCluster {

    @Value("${cassandra.keyspace_name}")
    private String keyspaceName;

    @Value("${cassandra.url}")
    private String url;

    @Value("${cassandra.local_datacenter:datacenter1}")
    private String localDatacenter;

    @Value("${cassandra.credentials}")
    private Boolean useCredentials;

    @Value("${cassandra.username}")
    private String username;

    @Value("${cassandra.password}")
    private String password;

    private CqlSession session;

    @PostConstruct
    public void init() {
        CqlSessionBuilder builder = CqlSession.builder()
                .addContactPoints(getContactPoints(url))
                .withLocalDatacenter(localDatacenter)
                .withKeyspace(keyspaceName);
        if (useCredentials) {
            builder.withAuthCredentials(username, password);
        }
        session = builder.build();
        log.info("Connected to Cassandra cluster at [{}], keyspace [{}]", url, keyspaceName);
    }

    public CqlSession getSession() {
        return session;
    }

    private List<InetSocketAddress> getContactPoints(String url) {
        List<InetSocketAddress> result = new ArrayList<>();
        for (String hostPort : url.split(",")) {
            String[] parts = hostPort.trim().split(":");
            result.add(new InetSocketAddress(parts[0], Integer.parseInt(parts[1])));
        }
        return result;
    }

    @PreDestroy
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
