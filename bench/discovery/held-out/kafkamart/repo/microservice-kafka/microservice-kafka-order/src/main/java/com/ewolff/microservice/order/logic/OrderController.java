package com.ewolff.microservice.order.logic;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;

import com.ewolff.microservice.order.customer.Customer;
import com.ewolff.microservice.order.customer.CustomerRepository;
import com.ewolff.microservice.order.item.Item;
import com.ewolff.microservice.order.item.ItemRepository;

@Controller
class OrderController {

	private final OrderRepository orderRepository;
	private final OrderService orderService;
	private final CustomerRepository customerRepository;
	private final ItemRepository itemRepository;

	@Autowired
	private OrderController(OrderService orderService, OrderRepository orderRepository,
			CustomerRepository customerRepository, ItemRepository itemRepository) {
		this.orderRepository = orderRepository;
		this.orderService = orderService;
		this.customerRepository = customerRepository;
		this.itemRepository = itemRepository;
	}

	@ModelAttribute("items")
	public Iterable<Item> items() {
		return itemRepository.findAll();
	}

	@ModelAttribute("customers")
	public Iterable<Customer> customers() {
		return customerRepository.findAll();
	}

	@GetMapping("/")
	public ModelAndView orderList() {
		return new ModelAndView("orderlist", "orders", orderRepository.findAll());
	}

	@GetMapping("/form.html")
	public ModelAndView form() {
		return new ModelAndView("orderForm", "order", new Order());
	}

	@PostMapping(value = "/line", params = { "addLine" })
	public ModelAndView addLine(Order order) {
		order.addLine(0, itemRepository.findAll().iterator().next());
		return new ModelAndView("orderForm", "order", order);
	}

	@GetMapping("/{id}")
	public ModelAndView get(@PathVariable("id") long id) {
		return new ModelAndView("order", "order", orderRepository.findById(id).get());
	}

	@RequestMapping(value = "/", method = RequestMethod.POST)
	public ModelAndView post(Order order) {
		order = orderService.order(order);
		return new ModelAndView("redirect:/");
	}

	@RequestMapping(value = "/{id}", method = RequestMethod.DELETE)
	public ModelAndView post(@PathVariable("id") long id) {
		orderRepository.deleteById(id);
		return new ModelAndView("redirect:/");
	}

}
