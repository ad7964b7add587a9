package com.steeped.registryclient.rest;

import java.util.List;

import javax.ws.rs.client.Entity;
import javax.ws.rs.core.GenericType;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.steeped.registryclient.Service;
import com.steeped.registryclient.util.NotFoundException;

/** Generic CRUD over REST against a service (in practice: Service.PERSISTENCE). */
public final class LoadBalancedCRUDOperations {

  private LoadBalancedCRUDOperations() {
  }

  public static <T> List<T> getEntities(Service service, String endpoint, Class<T> type,
      int startIndex, int limit) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(service, endpoint, target -> {
      Response r = HttpWrapper.wrap(target.queryParam("start", startIndex)
          .queryParam("max", limit)).get();
      return r.readEntity(new GenericType<List<T>>(
          new ParameterizedListType(type)));
    });
  }

  public static <T> List<T> getEntities(Service service, String endpoint, Class<T> type,
      String filterName, long filterId, int startIndex, int limit) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(service, endpoint, target -> {
      Response r = HttpWrapper.wrap(target.path(filterName).path(String.valueOf(filterId))
          .queryParam("start", startIndex).queryParam("max", limit)).get();
      return r.readEntity(new GenericType<List<T>>(new ParameterizedListType(type)));
    });
  }

  public static <T> T getEntity(Service service, String endpoint, Class<T> type, long id) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(service, endpoint, target -> {
      Response r = HttpWrapper.wrap(target.path(String.valueOf(id))).get();
      if (r.getStatus() == 404) {
        throw new NotFoundException();
      }
      return r.readEntity(type);
    });
  }

  public static <T> T getEntityWithProperty(Service service, String endpoint, Class<T> type,
      String property, String value) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(service, endpoint, target -> {
      Response r = HttpWrapper.wrap(target.path(property).path(value)).get();
      if (r.getStatus() == 404) {
        throw new NotFoundException();
      }
      return r.readEntity(type);
    });
  }

  public static <T> long sendEntityForCreation(Service service, String endpoint, Class<T> type,
      T entity) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(service, endpoint, target -> {
      Response r = HttpWrapper.wrap(target).post(Entity.entity(entity, MediaType.APPLICATION_JSON));
      return r.getStatus() == 201 ? r.readEntity(Long.class) : -1L;
    });
  }

  public static <T> boolean sendEntityForUpdate(Service service, String endpoint, Class<T> type,
      long id, T entity) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(service, endpoint, target ->
        HttpWrapper.wrap(target.path(String.valueOf(id)))
            .put(Entity.entity(entity, MediaType.APPLICATION_JSON)).getStatus() == 200);
  }

  public static boolean deleteEntity(Service service, String endpoint, long id) {
    return ServiceLoadBalancer.loadBalanceRESTOperation(service, endpoint, target ->
        HttpWrapper.wrap(target.path(String.valueOf(id))).delete().getStatus() == 200);
  }

  /** Small helper so Jackson knows the element type of a List<T>. */
  private static final class ParameterizedListType implements java.lang.reflect.ParameterizedType {
    private final Class<?> element;

    ParameterizedListType(Class<?> element) {
      this.element = element;
    }

    @Override
    public java.lang.reflect.Type[] getActualTypeArguments() {
      return new java.lang.reflect.Type[] {element};
    }

    @Override
    public java.lang.reflect.Type getRawType() {
      return List.class;
    }

    @Override
    public java.lang.reflect.Type getOwnerType() {
      return null;
    }
  }
}
