package adsjava;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class AdsJavaApplication {

    private final AdvertisementRepository repository;

    public AdsJavaApplication(AdvertisementRepository repository) {
        this.repository = repository;
    }

    @CrossOrigin(origins = "*")
    @GetMapping("/")
    public String home() {
        return "Hello from Advertisements (Java)!";
    }

    @CrossOrigin(origins = "*")
    @GetMapping(value = "/banners/{id}", produces = MediaType.IMAGE_JPEG_VALUE)
    public byte[] banner(@PathVariable String id) throws IOException {
        InputStream in = getClass().getResourceAsStream("/static/ads/" + id);
        return StreamUtils.copyToByteArray(in);
    }

    @CrossOrigin(origins = "*")
    @GetMapping("/ads")
    public List<Advertisement> ads() throws InterruptedException {
        if (ThreadLocalRandom.current().nextInt(100) < 5) {
            Thread.sleep(2000);
        }
        List<Advertisement> result = new ArrayList<>();
        repository.findAll().forEach(result::add);
        return result;
    }

    @Bean
    public CommandLineRunner seed(AdvertisementRepository repo) {
        return args -> {
            if (repo.count() == 0) {
                repo.save(new Advertisement("Chew toys for every size", "/t/categories/toys", "1.jpg"));
                repo.save(new Advertisement("Grain-free kibble sale", "/t/categories/food", "2.jpg"));
                repo.save(new Advertisement("Cozy beds for cozy pups", "/t/categories/beds", "3.jpg"));
            }
        };
    }

    public static void main(String[] args) {
        SpringApplication.run(AdsJavaApplication.class, args);
    }
}
