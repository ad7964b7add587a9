package com.steeped.persistence;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

import com.steeped.persistence.generator.DataGenerator;
import com.steeped.persistence.repository.EMFactory;
import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;

/** Opens the database, seeds it if empty, then registers with the registry. */
@WebListener
public class PersistenceStartup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    EMFactory.getEMF();
    if (DataGenerator.GENERATOR.isDatabaseEmpty()) {
      DataGenerator.GENERATOR.generate(5, 100, 100, 5);
    }
    RegistryClient.getClient().register(Service.PERSISTENCE);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    RegistryClient.getClient().unregister();
    EMFactory.close();
  }
}
