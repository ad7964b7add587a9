package co.opbrew;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:test",
        "opbeans.services=http://localhost:65535"
})
class OpbrewApplicationTests {
    @Test
    void contextLoads() {
    }
}
