package api

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/driftwood-goods/store/catalog/model"
	"github.com/driftwood-goods/store/catalog/repository"
	"github.com/gin-gonic/gin"
)

type CatalogAPI struct {
	repo repository.CatalogRepository
}

func New(repo repository.CatalogRepository) *CatalogAPI {
	return &CatalogAPI{repo: repo}
}

func (a *CatalogAPI) Register(r *gin.Engine) {
	g := r.Group("/catalog")
	g.GET("/products", a.listProducts)
	g.GET("/products/:id", a.getProduct)
	g.GET("/size", a.size)
	g.GET("/tags", a.tags)

	r.GET("/health", a.health)
}

func parseTags(c *gin.Context) []string {
	raw := c.Query("tags")
	if raw == "" {
		return nil
	}
	return strings.Split(raw, ",")
}

func (a *CatalogAPI) listProducts(c *gin.Context) {
	page, _ := strconv.Atoi(c.DefaultQuery("page", "1"))
	size, _ := strconv.Atoi(c.DefaultQuery("size", "12"))
	if page < 1 {
		page = 1
	}
	if size < 1 || size > 100 {
		size = 12
	}
	products, err := a.repo.List(c.Request.Context(), model.ProductQuery{
		Tags:  parseTags(c),
		Order: c.Query("order"),
		Page:  page,
		Size:  size,
	})
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, products)
}

func (a *CatalogAPI) getProduct(c *gin.Context) {
	p, err := a.repo.Get(c.Request.Context(), c.Param("id"))
	if errors.Is(err, repository.ErrNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
		return
	}
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, p)
}

func (a *CatalogAPI) size(c *gin.Context) {
	n, err := a.repo.Count(c.Request.Context(), parseTags(c))
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"count": n})
}

func (a *CatalogAPI) tags(c *gin.Context) {
	tags, err := a.repo.Tags(c.Request.Context())
	if err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, tags)
}

func (a *CatalogAPI) health(c *gin.Context) {
	if err := a.repo.Ping(c.Request.Context()); err != nil {
		c.String(http.StatusServiceUnavailable, "DOWN")
		return
	}
	c.String(http.StatusOK, "OK")
}
