package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/driftwood-goods/store/catalog/model"
	"github.com/driftwood-goods/store/catalog/repository"
	"github.com/gin-gonic/gin"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newRouter() *gin.Engine {
	gin.SetMode(gin.TestMode)
	r := gin.New()
	New(repository.NewInMemoryRepository()).Register(r)
	return r
}

func TestListProductsByTag(t *testing.T) {
	w := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/catalog/products?tags=lighting&order=price_asc", nil)
	newRouter().ServeHTTP(w, req)

	require.Equal(t, http.StatusOK, w.Code)
	var products []model.Product
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &products))
	require.Len(t, products, 2)
	assert.Equal(t, "Salt Lamp", products[0].Name)
}

func TestGetUnknownProduct(t *testing.T) {
	w := httptest.NewRecorder()
	newRouter().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/catalog/products/nope", nil))
	assert.Equal(t, http.StatusNotFound, w.Code)
}

func TestHealth(t *testing.T) {
	w := httptest.NewRecorder()
	newRouter().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/health", nil))
	assert.Equal(t, "OK", w.Body.String())
}
