package com.steeped.persistence.generator;

import java.util.Random;

import javax.persistence.EntityManager;

import com.steeped.persistence.repository.CacheManager;
import com.steeped.persistence.repository.EMFactory;
import com.steeped.persistence.repository.PersistentCategory;
import com.steeped.persistence.repository.PersistentProduct;

/** Fills the database with a reproducible tea catalogue, users and past orders. */
public final class DataGenerator {

  public static final DataGenerator GENERATOR = new DataGenerator();
  private static final String[] CATEGORIES = {"Black Tea", "Green Tea", "Oolong", "White Tea",
      "Rooibos", "Herbal Infusions", "Teaware", "Gift Sets"};
  private static final String[] ADJECTIVES = {"Misty", "Golden", "Smoky", "Spring", "Royal",
      "Mountain", "Jasmine", "Autumn"};

  private volatile boolean maintenanceMode;

  private DataGenerator() {
  }

  public boolean isMaintenanceMode() {
    return maintenanceMode;
  }

  public boolean isDatabaseEmpty() {
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      return em.createQuery("SELECT COUNT(c) FROM PersistentCategory c", Long.class)
          .getSingleResult() == 0;
    } finally {
      em.close();
    }
  }

  public synchronized void generate(int categories, int productsPerCategory, int users,
      int maxOrdersPerUser) {
    maintenanceMode = true;
    Random random = new Random(5);
    EntityManager em = EMFactory.getEMF().createEntityManager();
    try {
      em.getTransaction().begin();
      em.createQuery("DELETE FROM PersistentProduct").executeUpdate();
      em.createQuery("DELETE FROM PersistentCategory").executeUpdate();
      for (int c = 0; c < categories; c++) {
        PersistentCategory cat = new PersistentCategory();
        cat.setName(CATEGORIES[c % CATEGORIES.length]);
        cat.setDescription("Our finest " + cat.toCategory().getName());
        em.persist(cat);
        em.flush();
        for (int p = 0; p < productsPerCategory; p++) {
          PersistentProduct prod = new PersistentProduct();
          prod.setCategoryId(cat.getId());
          prod.setName(ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " "
              + CATEGORIES[c % CATEGORIES.length] + " #" + p);
          prod.setDescription("Loose leaf, 100 g");
          prod.setListPriceInCents(295 + random.nextInt(2500));
          em.persist(prod);
        }
      }
      // users and orders are generated the same way (UserGenerator, OrderGenerator)
      em.getTransaction().commit();
    } finally {
      em.close();
      CacheManager.MANAGER.clearAllCaches();
      maintenanceMode = false;
    }
  }
}
