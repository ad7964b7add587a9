package com.ewolff.microservice.invoicing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

// Leftover from the HTTP/Atom based variant of this demo: it stubbed the
// order service's REST API (http://order:8080/feed). The Kafka variant
// does not call the order service at all - it is not wired into any test.
@RestController
class OrderRestServiceStub {

	@GetMapping("/feed")
	public String feed() {
		return "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>";
	}

}
