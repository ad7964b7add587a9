package com.steeped.image.setup;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.steeped.entities.Category;
import com.steeped.entities.Product;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;

/**
 * Generates one image per product (a coloured tea-tin drawing seeded by the product id) after
 * asking persistence which products exist. Images are cached in memory, keyed by id and size.
 */
public final class SetupController {

  private static final Logger LOG = LoggerFactory.getLogger(SetupController.class);
  public static final SetupController SETUP = new SetupController();

  private final Map<String, String> cache = new ConcurrentHashMap<>();
  private volatile boolean finished;

  private SetupController() {
  }

  public void generateImages() {
    finished = false;
    cache.clear();
    List<Category> categories = LoadBalancedCRUDOperations.getEntities(Service.PERSISTENCE,
        "categories", Category.class, -1, -1);
    int count = 0;
    for (Category category : categories) {
      List<Product> products = LoadBalancedCRUDOperations.getEntities(Service.PERSISTENCE,
          "products", Product.class, "category", category.getId(), -1, -1);
      for (Product p : products) {
        cache.put(key(p.getId(), "300x300"), render(p.getId(), 300));
        count++;
      }
    }
    LOG.info("Generated {} product images", count);
    finished = true;
  }

  public String getImage(long productId, String size) {
    return cache.computeIfAbsent(key(productId, size),
        k -> render(productId, Integer.parseInt(size.split("x")[0])));
  }

  public boolean isFinished() {
    return finished;
  }

  private static String key(long id, String size) {
    return id + "@" + size;
  }

  private static String render(long seed, int edge) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(edge, edge, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
    g.fillRect(0, 0, edge, edge);
    g.setColor(Color.WHITE);
    g.fillRoundRect(edge / 4, edge / 5, edge / 2, edge * 3 / 5, edge / 10, edge / 10);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(img, "png", out);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
