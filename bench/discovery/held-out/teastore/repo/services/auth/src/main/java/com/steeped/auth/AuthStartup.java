package com.steeped.auth;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;

@WebListener
public class AuthStartup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    RegistryClient.getClient().waitForServices(Service.PERSISTENCE);
    RegistryClient.getClient().register(Service.AUTH);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    RegistryClient.getClient().unregister();
  }
}
