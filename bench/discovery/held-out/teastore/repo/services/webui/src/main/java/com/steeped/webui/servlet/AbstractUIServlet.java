package com.steeped.webui.servlet;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.steeped.entities.Category;
import com.steeped.entities.SessionBlob;
import com.steeped.registryclient.Service;
import com.steeped.registryclient.rest.LoadBalancedCRUDOperations;
import com.steeped.registryclient.rest.LoadBalancedImageOperations;

/** Common plumbing: session blob cookie, navigation categories, header images. */
public abstract class AbstractUIServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  protected static final String BLOB_COOKIE = "sessionBlob";
  protected static final String MESSAGE = "message";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> HEADER_IMAGES = Arrays.asList("icon", "cartIcon", "logo");

  @Override
  protected final void doGet(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    try {
      handleGET(req, resp);
    } catch (IllegalStateException e) {
      // no instance of a backend service is registered
      req.setAttribute("error", e.getMessage());
      req.getRequestDispatcher("/WEB-INF/pages/error.jsp").forward(req, resp);
    }
  }

  @Override
  protected final void doPost(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    handlePOST(req, resp);
  }

  protected abstract void handleGET(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException;

  protected void handlePOST(HttpServletRequest req, HttpServletResponse resp)
      throws ServletException, IOException {
    resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  protected void addCommonAttributes(HttpServletRequest req) {
    List<Category> categories = LoadBalancedCRUDOperations.getEntities(Service.PERSISTENCE,
        "categories", Category.class, -1, -1);
    req.setAttribute("CategoryList", categories);
    req.setAttribute("storeIcon", LoadBalancedImageOperations.getWebImages(HEADER_IMAGES,
        LoadBalancedImageOperations.SIZE_PREVIEW));
  }

  protected SessionBlob getSessionBlob(HttpServletRequest req) {
    if (req.getCookies() != null) {
      for (Cookie c : req.getCookies()) {
        if (BLOB_COOKIE.equals(c.getName())) {
          try {
            return MAPPER.readValue(java.net.URLDecoder.decode(c.getValue(), "UTF-8"),
                SessionBlob.class);
          } catch (IOException e) {
            return new SessionBlob();
          }
        }
      }
    }
    return new SessionBlob();
  }

  protected void saveSessionBlob(SessionBlob blob, HttpServletResponse resp) throws IOException {
    Cookie c = new Cookie(BLOB_COOKIE,
        java.net.URLEncoder.encode(MAPPER.writeValueAsString(blob), "UTF-8"));
    c.setPath("/steeped.webui/");
    resp.addCookie(c);
  }
}
