package com.steeped.persistence.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.entities.Category;
import com.steeped.persistence.repository.CacheManager;
import com.steeped.persistence.repository.CategoryRepository;

@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryEndpoint {

  @GET
  public List<Category> list(@QueryParam("start") @DefaultValue("-1") int start,
      @QueryParam("max") @DefaultValue("-1") int max) {
    return CategoryRepository.REPOSITORY.getAll(start, max);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    Category c = CategoryRepository.REPOSITORY.find(id);
    return c == null ? Response.status(Response.Status.NOT_FOUND).build() : Response.ok(c).build();
  }

  @POST
  public Response create(Category category) {
    long id = CategoryRepository.REPOSITORY.create(category);
    CacheManager.MANAGER.clearLocalCache();
    return Response.status(Response.Status.CREATED).entity(id).build();
  }
}
