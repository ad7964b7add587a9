package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gin-contrib/cors"
	"github.com/gin-gonic/gin"
)

func main() {
	orderService, err := newOrderService()
	if err != nil {
		log.Fatalf("failed to initialise order service: %v", err)
	}

	router := gin.Default()
	router.Use(cors.Default())
	router.Use(OrderMiddleware(orderService))
	router.GET("/order/fetch", fetchOrders)
	router.GET("/order/:id", getOrder)
	router.PUT("/order", updateOrder)
	router.GET("/health", func(c *gin.Context) {
		version := os.Getenv("APP_VERSION")
		if version == "" {
			version = "0.1.0"
		}
		c.JSON(http.StatusOK, gin.H{"status": "ok", "version": version})
	})
	router.Run(":3001")
}

func newOrderService() (*OrderService, error) {
	var repo OrderRepo
	var err error

	switch os.Getenv("ORDER_DB_API") {
	case "cosmosdbsql":
		log.Printf("using Azure Cosmos DB for NoSQL")
		repo, err = NewCosmosDBOrderRepo(
			os.Getenv("ORDER_DB_URI"),
			os.Getenv("ORDER_DB_NAME"),
			os.Getenv("ORDER_DB_CONTAINER_NAME"),
			os.Getenv("ORDER_DB_PARTITION_KEY"))
	default:
		log.Printf("using MongoDB API")
		repo, err = NewMongoDBOrderRepo(
			os.Getenv("ORDER_DB_URI"),
			os.Getenv("ORDER_DB_NAME"),
			os.Getenv("ORDER_DB_COLLECTION_NAME"),
			os.Getenv("ORDER_DB_USERNAME"),
			os.Getenv("ORDER_DB_PASSWORD"))
	}
	if err != nil {
		return nil, err
	}
	return &OrderService{repo: repo}, nil
}

type OrderService struct {
	repo OrderRepo
}

func OrderMiddleware(s *OrderService) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Set("orderService", s)
		c.Next()
	}
}

func fetchOrders(c *gin.Context) {
	svc := c.MustGet("orderService").(*OrderService)

	// pull whatever is waiting on the queue into the database first
	orders, err := getOrdersFromQueue()
	if err != nil {
		log.Printf("failed to read from queue: %v", err)
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if len(orders) > 0 {
		if err := svc.repo.InsertOrders(orders); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}

	pending, err := svc.repo.GetPendingOrders()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.IndentedJSON(http.StatusOK, pending)
}

func getOrder(c *gin.Context) {
	svc := c.MustGet("orderService").(*OrderService)
	order, err := svc.repo.GetOrder(c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.IndentedJSON(http.StatusOK, order)
}

func updateOrder(c *gin.Context) {
	svc := c.MustGet("orderService").(*OrderService)
	var order Order
	if err := c.BindJSON(&order); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := svc.repo.UpdateOrder(order); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.SetAccepted("202")
	c.Status(http.StatusAccepted)
}
