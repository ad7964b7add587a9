package org.metaharbor.service.resources.services.ingestionpipelines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.metaharbor.service.clients.pipeline.PipelineServiceClient;
import org.metaharbor.service.config.PipelineServiceClientConfiguration;
import org.metaharbor.service.jdbi3.CollectionDAO;

@Path("/v1/services/ingestionPipelines")
@Tag(name = "Ingestion Pipelines", description = "APIs related pipelines/workflows created by the system to ingest metadata.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IngestionPipelineResource {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final CollectionDAO.IngestionPipelineDAO dao;
  private final PipelineServiceClient pipelineServiceClient;
  private final PipelineServiceClientConfiguration pipelineServiceClientConfiguration;

  public IngestionPipelineResource(CollectionDAO collectionDAO,
      PipelineServiceClient pipelineServiceClient,
      PipelineServiceClientConfiguration pipelineServiceClientConfiguration) {
    this.dao = collectionDAO.ingestionPipelineDAO();
    this.pipelineServiceClient = pipelineServiceClient;
    this.pipelineServiceClientConfiguration = pipelineServiceClientConfiguration;
  }

  @GET
  @Path("/status")
  @Operation(operationId = "checkRestAirflowStatus", summary = "Check the Airflow REST status")
  public Map<String, Object> getRESTStatus() {
    return pipelineServiceClient.getServiceStatus();
  }

  @POST
  @Path("/deploy/{fqn}")
  @Operation(operationId = "deployIngestion", summary = "Deploy an ingestion pipeline run")
  public Response deployIngestion(@PathParam("fqn") String fqn) throws Exception {
    String json = dao.findByFqnHash(fqn);
    ObjectNode pipeline = (ObjectNode) MAPPER.readTree(json);
    // Tell the pipeline how to reach this server: metadataApiEndpoint (SERVER_HOST_API_URL)
    ObjectNode serverConfig = MAPPER.createObjectNode();
    serverConfig.put("hostPort", pipelineServiceClientConfiguration.getMetadataApiEndpoint());
    serverConfig.put("authProvider", "metaharbor");
    pipeline.set("metaharborServerConnection", serverConfig);
    Map<String, Object> result =
        pipelineServiceClient.deployPipeline(MAPPER.writeValueAsString(pipeline), null);
    return Response.status((Integer) result.get("code")).entity(result).build();
  }

  @POST
  @Path("/trigger/{fqn}")
  @Operation(operationId = "triggerIngestionPipelineRun", summary = "Trigger an ingestion pipeline run")
  public Response triggerIngestion(@PathParam("fqn") String fqn) {
    Map<String, Object> result = pipelineServiceClient.runPipeline(fqn);
    return Response.status((Integer) result.get("code")).entity(result).build();
  }

  @GET
  @Path("/logs/{fqn}/last")
  @Operation(operationId = "getLastIngestionLogs", summary = "Retrieve all logs from last ingestion pipeline run")
  public Map<String, Object> getLastIngestionLogs(@PathParam("fqn") String fqn) {
    return pipelineServiceClient.getLastIngestionLogs(fqn, null);
  }

  @POST
  @Path("/kill/{fqn}")
  @Operation(operationId = "killIngestionPipelineRuns", summary = "Mark as failed and kill any not-finished workflow or task")
  public Map<String, Object> killIngestion(@PathParam("fqn") String fqn) {
    return pipelineServiceClient.killIngestion(fqn);
  }
}
