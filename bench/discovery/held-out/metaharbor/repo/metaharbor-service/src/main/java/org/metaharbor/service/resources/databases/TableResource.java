package org.metaharbor.service.resources.databases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.metaharbor.service.jdbi3.TableRepository;

@Path("/v1/tables")
@Tag(name = "Tables", description = "`Table` organizes data in rows and columns and is defined in a `Database Schema`.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TableResource {
  private final TableRepository repository;

  public TableResource(TableRepository repository) {
    this.repository = repository;
  }

  @GET
  @Operation(operationId = "listTables", summary = "List tables")
  public List<String> list(
      @QueryParam("limit") @DefaultValue("10") int limit,
      @QueryParam("offset") @DefaultValue("0") int offset) {
    return repository.list(limit, offset);
  }

  @GET
  @Path("/name/{fqn}")
  @Operation(operationId = "getTableByFQN", summary = "Get a table by fully qualified name")
  public Response getByName(@PathParam("fqn") String fqn) {
    String json = repository.getByName(fqn);
    return json == null ? Response.status(404).build() : Response.ok(json).build();
  }

  @PUT
  @Operation(operationId = "createOrUpdateTable", summary = "Create or update a table")
  public Response createOrUpdate(String createTableJson) {
    String id = UUID.randomUUID().toString();
    // the ingestion framework's metadata-rest sink PUTs tables here
    repository.create(id, extractFqn(createTableJson), createTableJson);
    return Response.ok(createTableJson).build();
  }

  private static String extractFqn(String json) {
    int i = json.indexOf("\"fullyQualifiedName\"");
    if (i < 0) {
      return UUID.randomUUID().toString();
    }
    int start = json.indexOf('"', json.indexOf(':', i) + 1) + 1;
    return json.substring(start, json.indexOf('"', start));
  }
}
