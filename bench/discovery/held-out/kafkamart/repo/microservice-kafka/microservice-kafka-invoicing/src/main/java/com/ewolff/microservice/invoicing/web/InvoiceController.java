package com.ewolff.microservice.invoicing.web;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import com.ewolff.microservice.invoicing.InvoiceRepository;

@Controller
public class InvoiceController {

	private final InvoiceRepository invoiceRepository;

	@Autowired
	public InvoiceController(InvoiceRepository invoiceRepository) {
		this.invoiceRepository = invoiceRepository;
	}

	@GetMapping("/{id}")
	public ModelAndView invoice(@PathVariable("id") long id) {
		return new ModelAndView("invoice", "invoice", invoiceRepository.findById(id).get());
	}

	@GetMapping("/")
	public ModelAndView invoiceList() {
		return new ModelAndView("invoicelist", "invoices", invoiceRepository.findAll());
	}

}
