package com.ewolff.microservice.shipping.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import com.ewolff.microservice.shipping.ShipmentRepository;

@Controller
public class ShippingController {

	private final ShipmentRepository shipmentRepository;

	@Autowired
	public ShippingController(ShipmentRepository shipmentRepository) {
		this.shipmentRepository = shipmentRepository;
	}

	@GetMapping("/{id}")
	public ModelAndView shipment(@PathVariable("id") long id) {
		return new ModelAndView("shipment", "shipment", shipmentRepository.findById(id).get());
	}

	@GetMapping("/")
	public ModelAndView shipmentList() {
		return new ModelAndView("shipmentlist", "shipments", shipmentRepository.findAll());
	}

}
