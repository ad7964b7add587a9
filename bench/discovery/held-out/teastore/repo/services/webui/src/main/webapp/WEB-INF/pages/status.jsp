<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head><title>${title}</title>
<link rel="stylesheet" href="/steeped.webui/css/steeped.css"></head>
<body>
<h1>Service status</h1>
<table class="status">
  <tr><th>Service</th><th>Instances</th></tr>
  <c:forEach items="${instances}" var="entry">
    <tr>
      <td>${entry.key}</td>
      <td>
        <c:forEach items="${entry.value}" var="server">
          <a href="http://${server.hostPort}/${entry.key}/rest/ready/isready">${server.hostPort}</a><br/>
        </c:forEach>
        <c:if test="${empty entry.value}"><span class="down">none registered</span></c:if>
      </td>
    </tr>
  </c:forEach>
</table>
</body>
</html>
