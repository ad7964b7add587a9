package com.thistlewood.bramble.order.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.thistlewood.bramble.order.service.CustomerService.AddressVm;
import com.thistlewood.bramble.order.service.OrderService.OrderItemPostVm;
import com.thistlewood.bramble.order.service.OrderService.OrderPostVm;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Answers;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@ExtendWith(MockitoExtension.class)
class OrderServiceTest {

    @Mock(answer = Answers.RETURNS_DEEP_STUBS)
    private JdbcClient jdbcClient;
    @Mock
    private ProductService productService;
    @Mock
    private CartService cartService;
    @Mock
    private CustomerService customerService;

    @InjectMocks
    private OrderService orderService;

    @Test
    void createOrder_subtractsStockAndClearsCart() {
        when(customerService.getDefaultShippingAddress())
                .thenReturn(new AddressVm("Ann", "123", "1 Main St", "Springfield", "12345", "US"));

        OrderPostVm post = new OrderPostVm("ann@example.com", "", "PAYPAL",
                List.of(new OrderItemPostVm(1L, "Kettle", 2L, new BigDecimal("10.00"))));

        var order = orderService.createOrder(post);

        assertThat(order.totalPrice()).isEqualByComparingTo("20.00");
        verify(productService).subtractProductStockQuantity(anyList());
        verify(cartService).deleteCartItems(List.of(1L));
    }
}
