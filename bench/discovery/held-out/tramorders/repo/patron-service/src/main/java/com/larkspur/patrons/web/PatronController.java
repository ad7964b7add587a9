package com.larkspur.patrons.web;

import com.larkspur.common.Money;
import com.larkspur.patrons.domain.Patron;
import com.larkspur.patrons.domain.PatronService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class PatronController {

  private final PatronService patronService;

  public PatronController(PatronService patronService) {
    this.patronService = patronService;
  }

  @PostMapping("/patrons")
  public CreatePatronResponse createPatron(@RequestBody CreatePatronRequest request) {
    Patron patron = patronService.createPatron(request.getName(), request.getCreditLimit());
    return new CreatePatronResponse(patron.getId());
  }

  @GetMapping("/patrons/{patronId}")
  public ResponseEntity<GetPatronResponse> getPatron(@PathVariable Long patronId) {
    return patronService.findById(patronId)
            .map(p -> ResponseEntity.ok(new GetPatronResponse(p.getId(), p.getName(), p.getCreditLimit())))
            .orElseGet(() -> ResponseEntity.notFound().build());
  }

  public static class CreatePatronRequest {
    private String name;
    private Money creditLimit;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Money getCreditLimit() { return creditLimit; }
    public void setCreditLimit(Money creditLimit) { this.creditLimit = creditLimit; }
  }

  public record CreatePatronResponse(Long patronId) { }

  public record GetPatronResponse(Long patronId, String name, Money creditLimit) { }
}
