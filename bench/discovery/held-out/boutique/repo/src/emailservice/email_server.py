#!/usr/bin/python
"""Order confirmation emails. In this demo the mail is rendered and logged,
not actually sent."""

import os
import time
from concurrent import futures

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from jinja2 import Environment, FileSystemLoader, select_autoescape, TemplateError

import shop_pb2
import shop_pb2_grpc
from logger import getJSONLogger

logger = getJSONLogger('emailservice-server')

env = Environment(
    loader=FileSystemLoader('templates'),
    autoescape=select_autoescape(['html', 'xml'])
)
template = env.get_template('confirmation.html')


class BaseEmailService(shop_pb2_grpc.EmailServiceServicer):
    def Check(self, request, context):
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.SERVING)

    def Watch(self, request, context):
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.UNIMPLEMENTED)


class DummyEmailService(BaseEmailService):
    def SendOrderConfirmation(self, request, context):
        try:
            confirmation = template.render(order=request.order)
        except TemplateError as err:
            context.set_details("An error occurred when preparing the confirmation mail.")
            logger.error(err.message)
            context.set_code(grpc.StatusCode.INTERNAL)
            return shop_pb2.Empty()
        logger.info('A request to send order confirmation email to {} has been received.'.format(request.email))
        logger.debug(confirmation)
        return shop_pb2.Empty()


class HealthCheck:
    def Check(self, request, context):
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.SERVING)


def start(dummy_mode):
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    service = DummyEmailService() if dummy_mode else None
    if service is None:
        raise Exception('non-dummy mode not implemented yet')

    shop_pb2_grpc.add_EmailServiceServicer_to_server(service, server)
    health_pb2_grpc.add_HealthServicer_to_server(service, server)

    port = os.environ.get('PORT', "8080")
    logger.info("listening on port: " + port)
    server.add_insecure_port('[::]:' + port)
    server.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop(0)


if __name__ == '__main__':
    logger.info('starting the email service in dummy mode.')
    start(dummy_mode=True)
