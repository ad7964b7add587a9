import { createApp, h, ref } from 'vue'
import OrderList from './components/OrderList.vue'
import ProductForm from './components/ProductForm.vue'

const App = {
  setup () {
    const tab = ref('orders')
    return () => [
      h('nav', [
        h('button', { onClick: () => { tab.value = 'orders' } }, 'Orders'),
        h('button', { onClick: () => { tab.value = 'products' } }, 'Products')
      ]),
      tab.value === 'orders' ? h(OrderList) : h(ProductForm)
    ]
  }
}

createApp(App).mount('#app')
