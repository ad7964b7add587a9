package com.steeped.webui.servlet;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.netflix.loadbalancer.Server;
import com.steeped.registryclient.RegistryClient;
import com.steeped.registryclient.Service;

/**
 * Shows which instances the registry knows for each service. Only reads the registry; it does not
 * call the services themselves (the isready links on the page are followed by the browser).
 */
@WebServlet("/status")
public class StatusServlet extends AbstractUIServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    Map<String, List<Server>> instances = new LinkedHashMap<>();
    for (Service s : new Service[] {Service.WEBUI, Service.AUTH, Service.PERSISTENCE,
        Service.RECOMMENDER, Service.IMAGE}) {
      instances.put(s.getServiceName(), RegistryClient.getClient().getServersForService(s));
    }
    req.setAttribute("instances", instances);
    req.setAttribute("title", "Steeped Status");
    req.getRequestDispatcher("/WEB-INF/pages/status.jsp").forward(req, resp);
  }
}
