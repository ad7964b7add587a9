package com.skywardair.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("/info")
public class RuntimeResource {

    @Inject
    @ConfigProperty(name = "skyward.ui.version", defaultValue = "dev")
    String version;

    @GET
    @Path("/runtime")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject runtime() {
        Runtime rt = Runtime.getRuntime();
        return Json.createObjectBuilder()
                .add("version", version)
                .add("java", System.getProperty("java.version"))
                .add("vendor", System.getProperty("java.vendor"))
                .add("processors", rt.availableProcessors())
                .add("freeMemoryMB", rt.freeMemory() / (1024 * 1024))
                .add("maxMemoryMB", rt.maxMemory() / (1024 * 1024))
                .build();
    }
}
