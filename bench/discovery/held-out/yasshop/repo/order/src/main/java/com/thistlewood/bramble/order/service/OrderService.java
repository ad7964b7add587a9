package com.thistlewood.bramble.order.service;

import com.thistlewood.bramble.order.service.CustomerService.AddressVm;
import com.thistlewood.bramble.order.service.ProductService.ProductQuantityItem;
import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Slf4j
@Service
@RequiredArgsConstructor
public class OrderService {

    public record OrderItemPostVm(Long productId, String productName, Long quantity, BigDecimal price) {
    }

    public record OrderPostVm(String email, String note, String paymentMethod, List<OrderItemPostVm> items) {
    }

    public record OrderVm(Long id, String email, BigDecimal totalPrice, String orderStatus, String paymentStatus) {
    }

    private final JdbcClient jdbcClient;
    private final ProductService productService;
    private final CartService cartService;
    private final CustomerService customerService;
    // private final PromotionService promotionService;

    @Transactional
    public OrderVm createOrder(OrderPostVm orderPostVm) {
        AddressVm shipping = customerService.getDefaultShippingAddress();
        BigDecimal total = orderPostVm.items().stream()
                .map(i -> i.price().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        // Promotion codes are disabled for the 1.0 release.
        // BigDecimal discount = promotionService.applyPromotion(orderPostVm.couponCode(), total);
        // total = total.subtract(discount);

        KeyHolder keyHolder = new GeneratedKeyHolder();
        jdbcClient.sql("""
                        INSERT INTO "order" (email, note, total_price, order_status, payment_status,
                                             payment_method, shipping_city, shipping_country)
                        VALUES (:email, :note, :total, 'PENDING', 'PENDING', :method, :city, :country)
                        """)
                .param("email", orderPostVm.email())
                .param("note", orderPostVm.note())
                .param("total", total)
                .param("method", orderPostVm.paymentMethod())
                .param("city", shipping != null ? shipping.city() : null)
                .param("country", shipping != null ? shipping.countryCode() : null)
                .update(keyHolder, "id");
        Long orderId = keyHolder.getKeyAs(Long.class);

        orderPostVm.items().forEach(item -> jdbcClient.sql("""
                        INSERT INTO order_item (order_id, product_id, product_name, quantity, price)
                        VALUES (:orderId, :productId, :name, :quantity, :price)
                        """)
                .param("orderId", orderId)
                .param("productId", item.productId())
                .param("name", item.productName())
                .param("quantity", item.quantity())
                .param("price", item.price())
                .update());

        productService.subtractProductStockQuantity(orderPostVm.items().stream()
                .map(i -> new ProductQuantityItem(i.productId(), i.quantity()))
                .toList());
        cartService.deleteCartItems(orderPostVm.items().stream().map(OrderItemPostVm::productId).toList());

        log.info("Order {} created for {}", orderId, orderPostVm.email());
        return new OrderVm(orderId, orderPostVm.email(), total, "PENDING", "PENDING");
    }

    @Transactional
    public void updatePaymentStatus(Long orderId, String paymentStatus) {
        String orderStatus = "COMPLETED".equals(paymentStatus) ? "PAID" : "PENDING_PAYMENT";
        jdbcClient.sql("UPDATE \"order\" SET payment_status = :ps, order_status = :os WHERE id = :id")
                .param("ps", paymentStatus)
                .param("os", orderStatus)
                .param("id", orderId)
                .update();
    }

    public OrderVm getOrder(Long id) {
        return jdbcClient.sql("SELECT id, email, total_price, order_status, payment_status FROM \"order\" WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new OrderVm(rs.getLong("id"), rs.getString("email"),
                        rs.getBigDecimal("total_price"), rs.getString("order_status"), rs.getString("payment_status")))
                .optional()
                .orElse(null);
    }
}
