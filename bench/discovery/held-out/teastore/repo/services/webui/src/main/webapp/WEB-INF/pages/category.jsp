<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head><title>Steeped - ${category.name}</title>
<link rel="stylesheet" href="/steeped.webui/css/steeped.css"></head>
<body>
<jsp:include page="header.jsp"/>
<h2>${category.name}</h2>
<p>${category.description}</p>
<div class="products">
  <c:forEach items="${Productslist}" var="product">
    <div class="product">
      <a href="product?id=${product.id}"><img src="${productImages[product.id]}" alt="${product.name}"/></a>
      <div class="name">${product.name}</div>
      <div class="price">&euro; ${product.listPriceInCents / 100}</div>
      <form action="cartAction" method="get">
        <input type="hidden" name="productid" value="${product.id}"/>
        <button name="addToCart" value="1">Add to cart</button>
      </form>
    </div>
  </c:forEach>
</div>
<a href="category?category=${category.id}&page=${pageNumber + 1}">next page</a>
</body>
</html>
