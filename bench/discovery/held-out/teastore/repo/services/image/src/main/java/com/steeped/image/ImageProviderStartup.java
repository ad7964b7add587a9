package com.steeped.image;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

import com.steeped.image.setup.SetupController;
import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;

@WebListener
public class ImageProviderStartup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    RegistryClient.getClient().waitForServices(Service.PERSISTENCE);
    new Thread(() -> {
      SetupController.SETUP.generateImages();
      RegistryClient.getClient().register(Service.IMAGE);
    }, "image-setup").start();
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    RegistryClient.getClient().unregister();
  }
}
