package com.sagaflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderSource;
import com.sagaflow.domain.OrderStatus;
import com.sagaflow.order.service.OrderManageService;
import org.junit.jupiter.api.Test;

class OrderManageServiceTest {

    private final OrderManageService service = new OrderManageService();

    @Test
    void bothAcceptedIsConfirmed() {
        Order result = service.confirm(reply(OrderStatus.ACCEPT), reply(OrderStatus.ACCEPT));
        assertThat(result.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void bothRejectedIsRejected() {
        Order result = service.confirm(reply(OrderStatus.REJECT), reply(OrderStatus.REJECT));
        assertThat(result.getStatus()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void stockRejectionRollsBackPayment() {
        Order result = service.confirm(reply(OrderStatus.ACCEPT), reply(OrderStatus.REJECT));
        assertThat(result.getStatus()).isEqualTo(OrderStatus.ROLLBACK);
        assertThat(result.getSource()).isEqualTo(OrderSource.STOCK);
    }

    private static Order reply(OrderStatus status) {
        Order order = new Order(1L, 1L, 1L, 2, 200);
        order.setStatus(status);
        return order;
    }
}
