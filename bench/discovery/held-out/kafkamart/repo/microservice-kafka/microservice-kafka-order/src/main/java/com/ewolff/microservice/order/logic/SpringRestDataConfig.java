package com.ewolff.microservice.order.logic;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.rest.core.config.RepositoryRestConfiguration;
import org.springframework.data.rest.webmvc.config.RepositoryRestConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

import com.ewolff.microservice.order.customer.Customer;
import com.ewolff.microservice.order.item.Item;

@Configuration
class SpringRestDataConfig implements RepositoryRestConfigurer {

	@Override
	public void configureRepositoryRestConfiguration(RepositoryRestConfiguration config, CorsRegistry cors) {
		config.exposeIdsFor(Item.class, Customer.class, Order.class);
		config.setBasePath("/api");
	}

}
