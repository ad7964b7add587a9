package com.skywardair.auth;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

@ApplicationPath("/")
@OpenAPIDefinition(
    info = @Info(title = "Skyward Air Auth Service", version = "3.1.0"),
    servers = @Server(url = "http://localhost:9080/auth", description = "local dev"))
public class AuthServiceApplication extends Application {
}
