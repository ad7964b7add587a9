import { it } from 'vitest';
import { readSnippet } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';
const cases: [string, string][] = [
  ['r.py', `import os\nimport grpc\nimport demo_pb2_grpc\nclass RecommendationService(demo_pb2_grpc.RecommendationServiceServicer):\n    pass\nif __name__ == "__main__":\n    catalog_addr = os.environ.get('PRODUCT_CATALOG_SERVICE_ADDR', '')\n    channel = grpc.insecure_channel(catalog_addr)\n    product_catalog_stub = demo_pb2_grpc.ProductCatalogServiceStub(channel)\n    demo_pb2_grpc.add_RecommendationServiceServicer_to_server(service, server)\n    health_pb2_grpc.add_HealthServicer_to_server(service, server)`],
  ['h.py', `import requests, httpx\nBASE = "http://inventory:8000"\nrequests.get(f"{BASE}/items/{id}", timeout=3)\nwith requests.Session() as s:\n    s.post(os.environ["PAY_URL"] + "/pay")\nc = httpx.Client(base_url="https://api.partner.com/graphql")\nc.get("/x")`],
  ['k.py', `from confluent_kafka import Producer\np = Producer({'bootstrap.servers': os.environ['KAFKA_BOOTSTRAP']})\np.produce('orders', value=b'x')\nimport pika\nconn = pika.BlockingConnection(pika.ConnectionParameters(host='rabbit'))\nch = conn.channel()\nch.basic_publish(exchange='', routing_key='tasks', body=b)\nch.basic_consume(queue='results', on_message_callback=cb)`],
  ['d.py', `from sqlalchemy import create_engine\nengine = create_engine("postgresql+psycopg2://u:Canary-Secret-9@db:5432/app")\nimport redis\nr = redis.Redis(host='cache', port=6379)\nimport smtplib\nsmtplib.SMTP('mail.example.com', 587)\nimport boto3\ns3 = boto3.client('s3')\ns3.upload_file('f', 'reports-bucket', 'k')\nsqs = boto3.client('sqs')\nsqs.send_message(QueueUrl='https://sqs.eu-west-1.amazonaws.com/1234/orders', MessageBody='x')\nimport paramiko\nt = paramiko.Transport(('sftp.partner.com', 22))\nsftp = paramiko.SFTPClient.from_transport(t)`],
];
it('scratch', async () => {
  for (const [path, text] of cases) console.log(path, JSON.stringify((await readSnippet(pythonCodeSource, path, text)).map(f => f.type === 'connection' ? [f.role, f.mechanism, f.technology, f.channel, f.target, f.evidence.line, f.confidence] : [f.type, (f as {api?: string}).api, f.evidence.line])));
});
