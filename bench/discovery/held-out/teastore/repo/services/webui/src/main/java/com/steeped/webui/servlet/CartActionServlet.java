package com.steeped.webui.servlet;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.rest.LoadBalancedStoreOperations;

@WebServlet("/cartAction")
public class CartActionServlet extends AbstractUIServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    SessionBlob blob = getSessionBlob(req);
    if (req.getParameter("addToCart") != null) {
      blob = LoadBalancedStoreOperations.addProductToCart(blob,
          Long.parseLong(req.getParameter("productid")));
      saveSessionBlob(blob, resp);
      resp.sendRedirect("cart");
    } else if (req.getParameter("removeProduct") != null) {
      blob = LoadBalancedStoreOperations.removeProductFromCart(blob,
          Long.parseLong(req.getParameter("productid")));
      saveSessionBlob(blob, resp);
      resp.sendRedirect("cart");
    } else if (req.getParameter("confirm") != null) {
      blob = LoadBalancedStoreOperations.placeOrder(blob, req.getParameter("firstname") + " "
          + req.getParameter("lastname"), req.getParameter("address1"),
          req.getParameter("address2"), req.getParameter("cardtype"),
          req.getParameter("expirydate"), Long.parseLong(req.getParameter("total")),
          req.getParameter("cardnumber"));
      saveSessionBlob(blob, resp);
      resp.sendRedirect("profile");
    } else {
      resp.sendRedirect("cart");
    }
  }
}
