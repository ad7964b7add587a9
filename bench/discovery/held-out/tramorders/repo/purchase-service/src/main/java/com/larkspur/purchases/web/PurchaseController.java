package com.larkspur.purchases.web;

import com.larkspur.common.Money;
import com.larkspur.purchases.api.messaging.common.PurchaseDetails;
import com.larkspur.purchases.api.messaging.common.PurchaseState;
import com.larkspur.purchases.domain.Purchase;
import com.larkspur.purchases.domain.PurchaseService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class PurchaseController {

  private final PurchaseService purchaseService;

  public PurchaseController(PurchaseService purchaseService) {
    this.purchaseService = purchaseService;
  }

  @PostMapping("/purchases")
  public CreatePurchaseResponse createPurchase(@RequestBody CreatePurchaseRequest request) {
    Purchase purchase = purchaseService.createPurchase(
            new PurchaseDetails(request.patronId(), request.purchaseTotal()));
    return new CreatePurchaseResponse(purchase.getId());
  }

  @GetMapping("/purchases/{purchaseId}")
  public ResponseEntity<GetPurchaseResponse> getPurchase(@PathVariable Long purchaseId) {
    return purchaseService.findById(purchaseId)
            .map(p -> ResponseEntity.ok(new GetPurchaseResponse(p.getId(), p.getState(), p.getRejectionReason())))
            .orElseGet(() -> ResponseEntity.notFound().build());
  }

  @PostMapping("/purchases/{purchaseId}/cancel")
  public GetPurchaseResponse cancelPurchase(@PathVariable Long purchaseId) {
    Purchase p = purchaseService.cancelPurchase(purchaseId);
    return new GetPurchaseResponse(p.getId(), p.getState(), p.getRejectionReason());
  }

  public record CreatePurchaseRequest(Long patronId, Money purchaseTotal) { }

  public record CreatePurchaseResponse(Long purchaseId) { }

  public record GetPurchaseResponse(Long purchaseId, PurchaseState purchaseState, String rejectionReason) { }
}
