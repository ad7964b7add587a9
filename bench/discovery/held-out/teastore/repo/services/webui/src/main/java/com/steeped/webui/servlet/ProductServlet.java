package com.steeped.webui.servlet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.steeped.entities.OrderItem;
import com.steeped.entities.Product;
import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;
import com.steeped.registryclient.rest.LoadBalancedImageOperations;
import com.steeped.registryclient.rest.LoadBalancedRecommenderOperations;

@WebServlet("/product")
public class ProductServlet extends AbstractUIServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    long id = Long.parseLong(req.getParameter("id"));
    Product product = LoadBalancedCRUDOperations.getEntity(Service.PERSISTENCE, "products",
        Product.class, id);
    SessionBlob blob = getSessionBlob(req);

    // Recommend based on the cart plus the product being looked at.
    List<OrderItem> items = new ArrayList<>(blob.getOrderItems());
    OrderItem viewed = new OrderItem();
    viewed.setProductId(id);
    viewed.setQuantity(1);
    items.add(viewed);
    List<Long> recommendedIds = LoadBalancedRecommenderOperations.getRecommendations(items,
        blob.getUid());
    List<Product> ads = new ArrayList<>();
    for (Long rid : recommendedIds.subList(0, Math.min(3, recommendedIds.size()))) {
      ads.add(LoadBalancedCRUDOperations.getEntity(Service.PERSISTENCE, "products",
          Product.class, rid));
    }

    addCommonAttributes(req);
    req.setAttribute("product", product);
    req.setAttribute("productImage", LoadBalancedImageOperations.getProductImage(product));
    req.setAttribute("Advertisment", ads);
    req.setAttribute("productImages", LoadBalancedImageOperations.getProductPreviewImages(ads));
    req.getRequestDispatcher("/WEB-INF/pages/product.jsp").forward(req, resp);
  }
}
