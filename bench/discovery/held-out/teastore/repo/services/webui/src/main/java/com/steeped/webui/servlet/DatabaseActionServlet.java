package com.steeped.webui.servlet;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.ServiceLoadBalancer;

/** Admin page action: regenerate the database, then tell image and recommender to catch up. */
@WebServlet("/dataBaseAction")
public class DatabaseActionServlet extends AbstractUIServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    resp.sendRedirect("database");
  }

  @Override
  protected void handlePOST(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    String categories = req.getParameter("categories");
    String products = req.getParameter("products");
    String users = req.getParameter("users");
    String orders = req.getParameter("orders");
    ServiceLoadBalancer.loadBalanceRESTOperation(Service.PERSISTENCE, "generatedb", target ->
        target.queryParam("categories", categories).queryParam("products", products)
            .queryParam("users", users).queryParam("maxorders", orders).request().get());
    ServiceLoadBalancer.loadBalanceRESTOperation(Service.IMAGE, "image/regenerateImages",
        target -> target.request().get());
    ServiceLoadBalancer.loadBalanceRESTOperation(Service.RECOMMENDER, "train",
        target -> target.request().get());
    resp.sendRedirect("status");
  }
}
