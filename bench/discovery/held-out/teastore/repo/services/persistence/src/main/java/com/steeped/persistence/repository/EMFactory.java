package com.steeped.persistence.repository;

import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.steeped.registryclient.util.ServiceConfig;

/**
 * Creates the one EntityManagerFactory of the service. The JDBC URL in persistence.xml points to
 * localhost for running inside an IDE; in containers DB_HOST / DB_PORT win.
 */
public final class EMFactory {

  private static final Logger LOG = LoggerFactory.getLogger(EMFactory.class);
  private static final String UNIT = "com.steeped.persistence";
  private static final String DB_NAME = "steepeddb";
  private static EntityManagerFactory emf;

  private EMFactory() {
  }

  public static synchronized EntityManagerFactory getEMF() {
    if (emf == null) {
      emf = Persistence.createEntityManagerFactory(UNIT, overrides());
    }
    return emf;
  }

  static Map<String, String> overrides() {
    Map<String, String> props = new HashMap<>();
    String host = ServiceConfig.get("databaseHost", "DB_HOST", "localhost");
    String port = ServiceConfig.get("databasePort", "DB_PORT", "3306");
    String url = "jdbc:mariadb://" + host + ":" + port + "/" + DB_NAME;
    props.put("javax.persistence.jdbc.url", url);
    String user = System.getenv("DB_USER");
    if (user != null) {
      props.put("javax.persistence.jdbc.user", user);
    }
    String password = System.getenv("DB_PASSWORD");
    if (password != null) {
      props.put("javax.persistence.jdbc.password", password);
    }
    LOG.info("Using database at {}", url);
    return props;
  }

  /** Tests use an in-memory H2 database instead. */
  public static synchronized void setEMFForTesting(EntityManagerFactory testEmf) {
    emf = testEmf;
  }

  public static synchronized void close() {
    if (emf != null) {
      emf.close();
      emf = null;
    }
  }
}
