package io.platewise.eats.consumerservice.web;

import io.platewise.eats.consumerservice.domain.Consumer;
import io.platewise.eats.consumerservice.domain.ConsumerService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/consumers")
public class ConsumerController {

  private final ConsumerService consumerService;

  public ConsumerController(ConsumerService consumerService) {
    this.consumerService = consumerService;
  }

  @PostMapping
  public CreateConsumerResponse create(@RequestBody CreateConsumerRequest request) {
    Consumer consumer = consumerService.create(request.name.firstName, request.name.lastName);
    return new CreateConsumerResponse(consumer.getId());
  }

  @GetMapping("/{consumerId}")
  public ResponseEntity<Consumer> get(@PathVariable long consumerId) {
    return consumerService.findById(consumerId)
            .map(ResponseEntity::ok)
            .orElseGet(() -> ResponseEntity.notFound().build());
  }

  public static class CreateConsumerRequest {
    public PersonName name;
  }

  public static class PersonName {
    public String firstName;
    public String lastName;
  }

  public static class CreateConsumerResponse {
    public long consumerId;

    public CreateConsumerResponse(long consumerId) {
      this.consumerId = consumerId;
    }
  }
}
