package com.steeped.webui.servlet;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.steeped.entities.OrderItem;
import com.steeped.entities.Product;
import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;
import com.steeped.registryclient.rest.LoadBalancedRecommenderOperations;

@WebServlet("/cart")
public class CartServlet extends AbstractUIServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    SessionBlob blob = getSessionBlob(req);
    Map<Long, Product> products = new HashMap<>();
    for (OrderItem item : blob.getOrderItems()) {
      products.put(item.getProductId(), LoadBalancedCRUDOperations.getEntity(
          Service.PERSISTENCE, "products", Product.class, item.getProductId()));
    }
    List<Long> recommended = LoadBalancedRecommenderOperations.getRecommendations(
        blob.getOrderItems(), blob.getUid());
    addCommonAttributes(req);
    req.setAttribute("OrderItems", blob.getOrderItems());
    req.setAttribute("Products", products);
    req.setAttribute("RecommendedProductIds", recommended);
    req.getRequestDispatcher("/WEB-INF/pages/cart.jsp").forward(req, resp);
  }
}
