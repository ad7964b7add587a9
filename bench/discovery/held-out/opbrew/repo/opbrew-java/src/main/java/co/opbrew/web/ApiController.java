package co.opbrew.web;

import co.opbrew.dt.DtPinger;
import co.opbrew.model.Product;
import co.opbrew.repository.ProductRepository;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api")
public class ApiController {
    private final ProductRepository products;
    private final DtPinger dt;

    public ApiController(ProductRepository products, DtPinger dt) {
        this.products = products;
        this.dt = dt;
    }

    @GetMapping("/products")
    public ResponseEntity<?> products(HttpServletRequest req) {
        return dt.maybeForward(req.getRequestURI())
                .map(r -> (ResponseEntity<?>) r)
                .orElseGet(() -> ResponseEntity.ok(products.findAll()));
    }

    @GetMapping("/stats")
    public ResponseEntity<?> stats(HttpServletRequest req) {
        return dt.maybeForward(req.getRequestURI())
                .map(r -> (ResponseEntity<?>) r)
                .orElseGet(() -> ResponseEntity.ok(Map.of(
                        "products", products.count(),
                        "customers", products.countCustomers(),
                        "orders", products.countOrders())));
    }
}
