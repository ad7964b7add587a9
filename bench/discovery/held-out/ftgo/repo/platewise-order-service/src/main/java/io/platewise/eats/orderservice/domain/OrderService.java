package io.platewise.eats.orderservice.domain;

import io.eventuate.tram.events.publisher.DomainEventPublisher;
import io.eventuate.tram.sagas.orchestration.SagaInstanceFactory;
import io.platewise.eats.common.Address;
import io.platewise.eats.orderservice.api.OrderCreatedEvent;
import io.platewise.eats.orderservice.api.OrderServiceChannels;
import io.platewise.eats.orderservice.sagas.createorder.CreateOrderSaga;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

@Transactional
public class OrderService {

  public interface OrderRepository extends CrudRepository<Order, Long> {
  }

  public interface RestaurantRepository extends CrudRepository<Restaurant, Long> {
  }

  private final SagaInstanceFactory sagaInstanceFactory;
  private final OrderRepository orderRepository;
  private final RestaurantRepository restaurantRepository;
  private final DomainEventPublisher eventPublisher;
  private final CreateOrderSaga createOrderSaga;

  public OrderService(SagaInstanceFactory sagaInstanceFactory, OrderRepository orderRepository,
                      RestaurantRepository restaurantRepository, DomainEventPublisher eventPublisher,
                      CreateOrderSaga createOrderSaga) {
    this.sagaInstanceFactory = sagaInstanceFactory;
    this.orderRepository = orderRepository;
    this.restaurantRepository = restaurantRepository;
    this.eventPublisher = eventPublisher;
    this.createOrderSaga = createOrderSaga;
  }

  public Order createOrder(long consumerId, long restaurantId, Address deliveryAddress, List<Order.LineItem> lineItems) {
    Restaurant restaurant = restaurantRepository.findById(restaurantId)
            .orElseThrow(() -> new RestaurantNotFoundException(restaurantId));

    Order order = orderRepository.save(new Order(consumerId, restaurantId, deliveryAddress, lineItems));

    eventPublisher.publish(OrderServiceChannels.ORDER_AGGREGATE_TYPE, order.getId(),
            Collections.singletonList(new OrderCreatedEvent(consumerId, restaurantId, restaurant.getName(),
                    order.getOrderTotal(), deliveryAddress)));

    CreateOrderSaga.State data = new CreateOrderSaga.State(order.getId(), order.makeOrderDetails(restaurant.getName()), order.makeTicketLineItems());
    sagaInstanceFactory.create(createOrderSaga, data);

    // Before the saga was introduced we validated the restaurant synchronously:
    // RestTemplate rest = new RestTemplate();
    // rest.getForObject("http://restaurant-service:8080/restaurants/" + restaurantId, Restaurant.class);

    return order;
  }

  public Optional<Order> findById(long orderId) {
    return orderRepository.findById(orderId);
  }

  public void approveOrder(long orderId) {
    orderRepository.findById(orderId).ifPresent(Order::noteApproved);
  }

  public void rejectOrder(long orderId) {
    orderRepository.findById(orderId).ifPresent(Order::noteRejected);
  }

  public void createMenu(long id, String name, List<Restaurant.MenuItem> menuItems) {
    restaurantRepository.save(new Restaurant(id, name, menuItems));
  }

  public static class RestaurantNotFoundException extends RuntimeException {
    public RestaurantNotFoundException(long restaurantId) {
      super("Restaurant not found: " + restaurantId);
    }
  }
}
