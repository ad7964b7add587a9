import unittest

import requests_mock

import productpage


class ApplyProductpageTest(unittest.TestCase):

    def setUp(self):
        productpage.app.testing = True
        self.app = productpage.app.test_client()

    @requests_mock.Mocker()
    def test_header_propagation_reviews(self, m):
        """ Check that tracing headers are forwarded correctly """
        product_id = 0
        # Register expected headers with the mock. If the headers
        # don't match, the mock adapter will raise an exception.
        uri = "http://reviews:9080/reviews/%d" % product_id
        request_headers = {
            "x-request-id": "34eeb41d-d267-9e49-8b84-dde403fc5b72",
            "x-b3-traceid": "80f198ee56343ba864fe8b2a57d3eff7",
            "x-b3-spanid": "e457b5a2e4d86bd1",
        }
        m.get(uri, status_code=200, request_headers=request_headers)
        m.get("http://details:9080/details/0", json={"id": 0})
        self.app.get("/productpage", headers=request_headers, expect_errors=True)

    @requests_mock.Mocker()
    def test_details_unavailable(self, m):
        m.get("http://localhost:9081/details/0", status_code=503)
        m.get("http://details:9080/details/0", status_code=503)
        res = self.app.get("/api/v1/products/0")
        self.assertEqual(503, res.status_code)


if __name__ == "__main__":
    unittest.main()
