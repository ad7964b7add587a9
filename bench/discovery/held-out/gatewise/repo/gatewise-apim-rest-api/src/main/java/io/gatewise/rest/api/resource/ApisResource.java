package io.gatewise.rest.api.resource;

import io.gatewise.rest.api.model.Api;
import io.gatewise.rest.api.service.AnalyticsService;
import io.gatewise.rest.api.service.ApiService;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
@Path("/v2/organizations/{orgId}/environments/{envId}/apis")
@Produces(MediaType.APPLICATION_JSON)
public class ApisResource {

    private final ApiService apiService;
    private final AnalyticsService analyticsService;

    public ApisResource(ApiService apiService, AnalyticsService analyticsService) {
        this.apiService = apiService;
        this.analyticsService = analyticsService;
    }

    @GET
    public List<Api> list(@PathParam("envId") String envId) {
        return apiService.findAll(envId);
    }

    @POST
    @Path("/_import/definition")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importDefinition(@PathParam("envId") String envId, Api api) {
        return Response.status(201).entity(apiService.importDefinition(envId, api)).build();
    }

    @POST
    @Path("/{apiId}/_start")
    public Api start(@PathParam("apiId") String apiId) {
        return apiService.start(apiId);
    }

    @POST
    @Path("/{apiId}/deployments")
    public Response deploy(@PathParam("apiId") String apiId) {
        apiService.deploy(apiId);
        return Response.accepted().build();
    }

    @GET
    @Path("/{apiId}/analytics")
    public String analytics(@PathParam("apiId") String apiId, @QueryParam("from") long from, @QueryParam("to") long to) {
        return analyticsService.hitsByStatus(apiId, from, to).toCompletionStage().toCompletableFuture().join().encode();
    }
}
