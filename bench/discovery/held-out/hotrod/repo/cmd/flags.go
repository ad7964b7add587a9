package cmd

import "github.com/spf13/cobra"

// Addresses of the services, shared by `frontend` and `all`.
// Defaults point at localhost so that `quickcab all` works out of the box;
// containers override them with flags (docker-compose) or env (Kubernetes).
var (
	customerHostname string
	customerPort     int
	driverHostname   string
	driverPort       int
	routeHostname    string
	routePort        int
	frontendPort     int
	jaegerUI         string

	mysqlDSN   string
	simulateDB bool
	redisAddr  string
)

func registerPortFlags(c *cobra.Command) {
	c.Flags().IntVar(&frontendPort, "frontend-service-port", envIntOr("FRONTEND_SERVICE_PORT", 8080), "port for the frontend service")
	c.Flags().IntVar(&customerPort, "customer-service-port", envIntOr("CUSTOMER_SERVICE_PORT", 8081), "port for the customer service")
	c.Flags().IntVar(&driverPort, "driver-service-port", envIntOr("DRIVER_SERVICE_PORT", 8082), "port for the driver service")
	c.Flags().IntVar(&routePort, "route-service-port", envIntOr("ROUTE_SERVICE_PORT", 8083), "port for the route service")
}

func registerUpstreamFlags(c *cobra.Command) {
	c.Flags().StringVar(&customerHostname, "customer-service-hostname", envOr("CUSTOMER_SERVICE_HOSTNAME", "localhost"), "hostname of the customer service")
	c.Flags().StringVar(&driverHostname, "driver-service-hostname", envOr("DRIVER_SERVICE_HOSTNAME", "localhost"), "hostname of the driver service")
	c.Flags().StringVar(&routeHostname, "route-service-hostname", envOr("ROUTE_SERVICE_HOSTNAME", "localhost"), "hostname of the route service")
	c.Flags().StringVar(&jaegerUI, "jaeger-ui", envOr("JAEGER_UI_URL", "http://localhost:16686"), "Jaeger UI address, rendered as a link in the web page")
}

func registerMySQLFlags(c *cobra.Command) {
	c.Flags().StringVar(&mysqlDSN, "mysql-dsn", envOr("MYSQL_DSN", "root:localdev@tcp(localhost:3306)/quickcab?parseTime=true"), "MySQL DSN for the customer database")
	c.Flags().BoolVar(&simulateDB, "simulate-db", envOr("SIMULATE_DB", "") == "true", "use an in-memory customer table instead of MySQL")
}

func registerRedisFlags(c *cobra.Command) {
	c.Flags().StringVar(&redisAddr, "redis-addr", envOr("REDIS_ADDR", "localhost:6379"), "Redis address for driver locations")
}
