/* Storefront basket widget. Runs in the browser and talks to the public web gateway directly. */
(function ($) {
    var gatewayUrl = (window.tidemart && window.tidemart.publicGatewayUrl) || 'http://localhost:44373';
    var anonymousIdKey = 'tidemart-anonymous-basket-id';

    function getAnonymousId() {
        var id = localStorage.getItem(anonymousIdKey);
        if (!id) {
            id = ([1e7] + -1e3 + -4e3 + -8e3 + -1e11).replace(/[018]/g, function (c) {
                return (c ^ crypto.getRandomValues(new Uint8Array(1))[0] & 15 >> c / 4).toString(16);
            });
            localStorage.setItem(anonymousIdKey, id);
        }
        return id;
    }

    function renderBasket(basket) {
        var count = basket.items.reduce(function (sum, item) { return sum + item.count; }, 0);
        $('#basket-item-count').text(count);
        $('#basket-total').text(basket.totalPrice.toFixed(2));
    }

    function refreshBasket() {
        return fetch(gatewayUrl + '/api/basket/basket?anonymousId=' + getAnonymousId(), {
            credentials: 'include'
        })
            .then(function (response) { return response.json(); })
            .then(renderBasket);
    }

    $(document).on('click', '.add-to-basket', function (e) {
        e.preventDefault();
        var productId = $(this).data('product-id');
        fetch(gatewayUrl + '/api/basket/basket/product', {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ productId: productId, count: 1, anonymousId: getAnonymousId() })
        })
            .then(function (response) { return response.json(); })
            .then(function (basket) {
                renderBasket(basket);
                abp.notify.success('Added to your basket');
            })
            .catch(function () {
                abp.notify.error('Could not add the product to your basket');
            });
    });

    $(function () {
        refreshBasket();
    });
})(jQuery);
