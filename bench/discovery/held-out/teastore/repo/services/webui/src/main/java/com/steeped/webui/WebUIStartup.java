package com.steeped.webui;

import java.util.Arrays;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.ServiceLoadBalancer;

@WebListener
public class WebUIStartup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServiceLoadBalancer.preInitializeServiceLoadBalancers(Arrays.asList(Service.AUTH,
        Service.IMAGE, Service.PERSISTENCE, Service.RECOMMENDER));
    RegistryClient.getClient().register(Service.WEBUI);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    RegistryClient.getClient().unregister();
  }
}
