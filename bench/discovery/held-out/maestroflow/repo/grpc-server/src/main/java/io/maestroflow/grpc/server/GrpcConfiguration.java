package io.maestroflow.grpc.server;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.protobuf.services.ProtoReflectionService;

/** Starts the gRPC API (TaskService, ...) when maestroflow.grpc-server.enabled=true. */
@Configuration
@ConditionalOnProperty(name = "maestroflow.grpc-server.enabled", havingValue = "true")
public class GrpcConfiguration {

    private static final Logger LOGGER = LoggerFactory.getLogger(GrpcConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "shutdown")
    public Server grpcServer(List<BindableService> bindableServices,
                             @Value("${maestroflow.grpc-server.port:8090}") int port,
                             @Value("${maestroflow.grpc-server.reflectionEnabled:true}") boolean reflectionEnabled) {
        ServerBuilder<?> builder = ServerBuilder.forPort(port);
        bindableServices.forEach(builder::addService);
        if (reflectionEnabled) {
            builder.addService(ProtoReflectionService.newInstance());
        }
        LOGGER.info("Maestroflow gRPC server listening on port {}", port);
        return builder.build();
    }
}
