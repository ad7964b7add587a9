/*
 * Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements.  The ASF licenses this file
 * to you under the Apache License, Version 2.0.
 */

package org.apache.skywalking.showcase.gateway;

import java.util.Date;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.Destination;
import javax.jms.MessageProducer;
import javax.jms.Session;
import javax.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

public class SongMessageSender implements GlobalFilter {
    private static final Logger LOGGER = LoggerFactory.getLogger(SongMessageSender.class);

    @Value("${songbook.messaging.url}")
    private String brokerUrl;
    @Value("${songbook.messaging.user}")
    private String brokerUser;
    @Value("${songbook.messaging.password}")
    private String brokerPassword;
    @Value("${songbook.messaging.queue}")
    private String queueName;

    private Connection connection;
    private Session session;
    private MessageProducer messageProducer;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).then(Mono.fromRunnable(() -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            if (route != null && "songs-service".equals(route.getId())) {
                send(exchange.getRequest().getPath().value());
            }
        }));
    }

    private synchronized void send(String path) {
        try {
            if (session == null || messageProducer == null) {
                init();
            }
            TextMessage message = session.createTextMessage(path + " requested at " + new Date());
            messageProducer.send(message);
            session.commit();
        } catch (Exception e) {
            LOGGER.warn("failed to publish song request", e);
        }
    }

    @PostConstruct
    public void init() {
        try {
            ConnectionFactory factory = new ActiveMQConnectionFactory(brokerUser, brokerPassword, brokerUrl);
            connection = factory.createConnection();
            connection.start();
            session = connection.createSession(Boolean.TRUE, Session.AUTO_ACKNOWLEDGE);
            Destination destination = session.createQueue(queueName);
            messageProducer = session.createProducer(destination);
        } catch (Exception e) {
            LOGGER.warn("broker not reachable yet: {}", e.getMessage());
        }
    }

    @PreDestroy
    public void close() {
        try {
            if (messageProducer != null) {
                messageProducer.close();
            }
            if (session != null) {
                session.close();
            }
            if (connection != null) {
                connection.close();
            }
        } catch (Exception e) {
            LOGGER.debug("close failed", e);
        }
    }
}
