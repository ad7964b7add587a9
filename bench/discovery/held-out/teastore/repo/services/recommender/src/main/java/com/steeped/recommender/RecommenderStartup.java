package com.steeped.recommender;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;

@WebListener
public class RecommenderStartup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    RegistryClient.getClient().waitForServices(Service.PERSISTENCE);
    TrainingSynchronizer.SYNC.start();
    RegistryClient.getClient().register(Service.RECOMMENDER);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    TrainingSynchronizer.SYNC.stop();
    RegistryClient.getClient().unregister();
  }
}
