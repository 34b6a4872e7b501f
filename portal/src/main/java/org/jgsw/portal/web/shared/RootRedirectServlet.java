package org.jgsw.portal.web.shared;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The context root ({@code /portal/}): signed-in users go to their home page, anyone else to the
 * login page. The empty pattern matches exactly the context root.
 */
@WebServlet("")
public class RootRedirectServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String target = request.getUserPrincipal() == null ? "/login.xhtml" : "/home.xhtml";
    response.sendRedirect(request.getContextPath() + target);
  }
}
