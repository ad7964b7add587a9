document.addEventListener('alpine:init', () => {
    Alpine.data('initData', () => ({
        products: { data: [] },
        init() {
            this.loadProducts(pageNo);
            updateCartItemCount();
        },
        loadProducts(pageNo) {
            $.getJSON("/api/products?page=" + pageNo, (resp) => {
                this.products = resp;
            });
        },
        addToCart(product) {
            addProductToCart(product);
        }
    }));
});
