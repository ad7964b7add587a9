#!/usr/bin/python
import os
import random
from concurrent import futures

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

import shop_pb2
import shop_pb2_grpc
from logger import getJSONLogger

logger = getJSONLogger('recommendationservice-server')


class RecommendationService(shop_pb2_grpc.RecommendationServiceServicer):
    def __init__(self, catalog_stub):
        self.catalog_stub = catalog_stub

    def ListRecommendations(self, request, context):
        max_responses = 5
        cat_response = self.catalog_stub.ListProducts(shop_pb2.Empty())
        product_ids = [x.id for x in cat_response.products]
        filtered_products = list(set(product_ids) - set(request.product_ids))
        num_return = min(max_responses, len(filtered_products))
        indices = random.sample(range(len(filtered_products)), num_return)
        prod_list = [filtered_products[i] for i in indices]
        logger.info("[Recv ListRecommendations] product_ids={}".format(prod_list))
        response = shop_pb2.ListRecommendationsResponse()
        response.product_ids.extend(prod_list)
        return response

    def Check(self, request, context):
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.SERVING)

    def Watch(self, request, context):
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.UNIMPLEMENTED)


if __name__ == "__main__":
    logger.info("initializing recommendationservice")

    port = os.environ.get('PORT', "8080")
    catalog_addr = os.environ.get('PRODUCT_CATALOG_SERVICE_ADDR', '')
    if catalog_addr == "":
        raise Exception('PRODUCT_CATALOG_SERVICE_ADDR environment variable not set')
    logger.info("product catalog address: " + catalog_addr)
    channel = grpc.insecure_channel(catalog_addr)
    product_catalog_stub = shop_pb2_grpc.ProductCatalogServiceStub(channel)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    service = RecommendationService(product_catalog_stub)
    shop_pb2_grpc.add_RecommendationServiceServicer_to_server(service, server)
    health_pb2_grpc.add_HealthServicer_to_server(service, server)

    logger.info("listening on port: " + port)
    server.add_insecure_port('[::]:' + port)
    server.start()
    server.wait_for_termination()
