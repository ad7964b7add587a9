import { it } from 'vitest';
import { readSnippet } from './code-test-support.js';
import { jvmCodeSource } from './jvm-source.js';
const cases: [string, string][] = [
  ['A.java', `package x;
import org.springframework.web.client.RestTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import io.grpc.ManagedChannelBuilder;
@FeignClient(name = "inventory", url = "\${inventory.url}")
interface Inv {}
@FeignClient(name = "pricing")
interface Pr {}
public class S extends hipstershop.AdServiceGrpc.AdServiceImplBase {
  @Value("\${orders.base-url}") private String ordersUrl;
  private final RestTemplate rest;
  private final KafkaTemplate<String, String> kafka;
  private static final String TOPIC = "order-events";
  @KafkaListener(topics = {"payments", "refunds"}, groupId = "g")
  void on(String m) {
    rest.getForObject(ordersUrl + "/orders/{id}", Order.class, id);
    kafka.send(TOPIC, m);
    String host = System.getenv("CART_HOST");
    ManagedChannel ch = ManagedChannelBuilder.forAddress("cart", 7070).usePlaintext().build();
    CartServiceGrpc.CartServiceBlockingStub stub = CartServiceGrpc.newBlockingStub(ch);
    Connection c = DriverManager.getConnection("jdbc:postgresql://db:5432/shop?user=a&password=Canary-Secret-9");
    HttpRequest req = HttpRequest.newBuilder().uri(URI.create("https://api.partner.com/graphql")).build();
  }
}`],
  ['B.kt', `import org.springframework.amqp.rabbit.core.RabbitTemplate
import redis.clients.jedis.JedisPool
class S(private val rabbit: RabbitTemplate, @Value("\\\${mail.relay}") private val relay: String) : CartServiceGrpcKt.CartServiceCoroutineImplBase() {
  val addr = System.getenv("REDIS_HOST") ?: "localhost"
  @RabbitListener(queues = ["shipments"])
  fun f() {
    rabbit.convertAndSend("orders-exchange", "order.created", msg)
    val pool = JedisPool(JedisPoolConfig(), addr, 6379)
    val c = WebClient.builder().baseUrl("http://catalog:8080/").build()
    val stub = ProductCatalogServiceGrpcKt.ProductCatalogServiceCoroutineStub(channel)
  }
}`],
];
it('scratch', async () => {
  for (const [path, text] of cases) console.log(path, JSON.stringify((await readSnippet(jvmCodeSource, path, text)).map(f => f.type === 'connection' ? [f.role, f.mechanism, f.technology, f.channel, f.target, f.evidence.line, f.confidence] : [f.type, (f as {api?: string}).api, f.evidence.line])));
});
