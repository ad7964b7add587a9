document.addEventListener('alpine:init', () => {
    Alpine.data('initData', () => ({
        cart: { items: [], totalAmount: 0 },
        orderForm: { customer: {}, deliveryAddress: {} },
        init() {
            this.cart = getCart();
        },
        createOrder() {
            let order = Object.assign({}, this.orderForm, { items: this.cart.items });
            $.ajax({
                url: '/api/orders',
                type: 'POST',
                dataType: 'json',
                contentType: 'application/json',
                data: JSON.stringify(order),
                success: (resp) => {
                    deleteCart();
                    window.location = "/orders/" + resp.orderNumber;
                },
                error: () => alert("Order creation failed")
            });
        }
    }));
});
