package com.steeped.webui.servlet;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.rest.LoadBalancedStoreOperations;

@WebServlet("/loginAction")
public class LoginActionServlet extends AbstractUIServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    resp.sendRedirect("login");
  }

  @Override
  protected void handlePOST(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    SessionBlob blob = getSessionBlob(req);
    if (req.getParameter("logout") != null) {
      blob = LoadBalancedStoreOperations.logout(blob);
      saveSessionBlob(blob, resp);
      resp.sendRedirect("/steeped.webui/");
      return;
    }
    SessionBlob result = LoadBalancedStoreOperations.login(blob, req.getParameter("username"),
        req.getParameter("password"));
    if (result != null && result.getSid() != null) {
      saveSessionBlob(result, resp);
      resp.sendRedirect(req.getParameter("referer") != null ? req.getParameter("referer") : "/steeped.webui/");
    } else {
      req.setAttribute(MESSAGE, "Wrong user name or password");
      resp.sendRedirect("login?failed=true");
    }
  }
}
