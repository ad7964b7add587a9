package com.steeped.webui.servlet;

import java.io.IOException;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.steeped.entities.Category;
import com.steeped.entities.Product;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;
import com.steeped.registryclient.rest.LoadBalancedImageOperations;

@WebServlet("/category")
public class CategoryServlet extends AbstractUIServlet {

  private static final long serialVersionUID = 1L;
  private static final int DEFAULT_PAGE_SIZE = 20;

  @Override
  protected void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    long categoryId = Long.parseLong(req.getParameter("category"));
    int page = req.getParameter("page") == null ? 1 : Integer.parseInt(req.getParameter("page"));
    Category category = LoadBalancedCRUDOperations.getEntity(Service.PERSISTENCE, "categories",
        Category.class, categoryId);
    List<Product> products = LoadBalancedCRUDOperations.getEntities(Service.PERSISTENCE,
        "products", Product.class, "category", categoryId, (page - 1) * DEFAULT_PAGE_SIZE,
        DEFAULT_PAGE_SIZE);
    addCommonAttributes(req);
    req.setAttribute("category", category);
    req.setAttribute("Productslist", products);
    req.setAttribute("productImages", LoadBalancedImageOperations.getProductPreviewImages(products));
    req.setAttribute("pageNumber", page);
    req.getRequestDispatcher("/WEB-INF/pages/category.jsp").forward(req, resp);
  }
}
