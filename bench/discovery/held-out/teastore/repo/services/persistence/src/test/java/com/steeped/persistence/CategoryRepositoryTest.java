package com.steeped.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import javax.persistence.Persistence;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.steeped.entities.Category;
import com.steeped.persistence.repository.CategoryRepository;
import com.steeped.persistence.repository.EMFactory;

public class CategoryRepositoryTest {

  @BeforeClass
  public static void h2() throws Exception {
    Properties p = new Properties();
    try (InputStream in = CategoryRepositoryTest.class.getResourceAsStream("/test.properties")) {
      p.load(in);
    }
    Map<String, String> props = new HashMap<>();
    p.forEach((k, v) -> props.put(k.toString(), v.toString()));
    EMFactory.setEMFForTesting(Persistence.createEntityManagerFactory("com.steeped.persistence",
        props));
  }

  @AfterClass
  public static void close() {
    EMFactory.close();
  }

  @Test
  public void createAndFind() {
    Category c = new Category();
    c.setName("Oolong");
    c.setDescription("Semi-oxidised");
    long id = CategoryRepository.REPOSITORY.create(c);
    assertEquals("Oolong", CategoryRepository.REPOSITORY.find(id).getName());
  }

  @Test
  public void missingIsNull() {
    assertNull(CategoryRepository.REPOSITORY.find(987654L));
  }
}
