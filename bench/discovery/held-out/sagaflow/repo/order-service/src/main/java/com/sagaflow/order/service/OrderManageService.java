package com.sagaflow.order.service;

import com.sagaflow.domain.Order;
import com.sagaflow.domain.OrderSource;
import com.sagaflow.domain.OrderStatus;
import org.springframework.stereotype.Service;

@Service
public class OrderManageService {

    /**
     * Combines the payment and stock replies for one order.
     * Both accepted -> CONFIRMED; both rejected -> REJECTED; otherwise ROLLBACK and the
     * participant that accepted must compensate.
     */
    public Order confirm(Order paymentReply, Order stockReply) {
        Order result = new Order(paymentReply.getId(), paymentReply.getCustomerId(),
                paymentReply.getProductId(), paymentReply.getProductCount(), paymentReply.getPrice());

        boolean paymentOk = paymentReply.getStatus() == OrderStatus.ACCEPT;
        boolean stockOk = stockReply.getStatus() == OrderStatus.ACCEPT;

        if (paymentOk && stockOk) {
            result.setStatus(OrderStatus.CONFIRMED);
        } else if (!paymentOk && !stockOk) {
            result.setStatus(OrderStatus.REJECTED);
        } else {
            result.setStatus(OrderStatus.ROLLBACK);
            result.setSource(paymentOk ? OrderSource.STOCK : OrderSource.PAYMENT);
        }
        return result;
    }
}
