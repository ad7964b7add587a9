package processors

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/twmb/franz-go/pkg/kgo"

	"github.com/tallybill/tallybill/events-processor/cache"
	"github.com/tallybill/tallybill/events-processor/database"
	"github.com/tallybill/tallybill/events-processor/utils"
)

var (
	ctx                 context.Context
	kafkaProducer       *kgo.Client
	kafkaConsumer       *kgo.Client
	apiStore            *database.ApiStore
	chargeCacheStore    *cache.CacheStore
	logger              = slog.New(slog.NewJSONHandler(os.Stdout, nil)).With("component", "events-processor")
	enrichedTopic       string
	deadLetterTopic     string
)

func initProducer(brokers []string) *kgo.Client {
	client, err := kgo.NewClient(
		kgo.SeedBrokers(brokers...),
		kgo.ProducerLinger(0),
		kgo.WithHooks(utils.KafkaTracingHooks()...),
	)
	if err != nil {
		logger.Error("Error starting the kafka producer", slog.String("error", err.Error()))
		panic(err)
	}
	return client
}

func initConsumer(brokers []string, topic string, group string) *kgo.Client {
	client, err := kgo.NewClient(
		kgo.SeedBrokers(brokers...),
		kgo.ConsumerGroup(group),
		kgo.ConsumeTopics(topic),
		kgo.DisableAutoCommit(),
		kgo.FetchMaxBytes(5<<20),
	)
	if err != nil {
		logger.Error("Error starting the kafka consumer", slog.String("error", err.Error()))
		panic(err)
	}
	return client
}

func StartProcessingEvents() {
	ctx = context.Background()

	if os.Getenv("ENV") == "production" {
		shutdownTracer := utils.InitTracer(ctx)
		defer shutdownTracer()
		go utils.ServeMetrics(":9090")
	}

	brokers := []string{os.Getenv("TALLYBILL_KAFKA_BOOTSTRAP_SERVERS")}
	rawTopic := os.Getenv("TALLYBILL_KAFKA_RAW_EVENTS_TOPIC")
	enrichedTopic = os.Getenv("TALLYBILL_KAFKA_ENRICHED_EVENTS_TOPIC")
	deadLetterTopic = os.Getenv("TALLYBILL_KAFKA_EVENTS_DEAD_LETTER_TOPIC")
	consumerGroup := os.Getenv("TALLYBILL_KAFKA_CONSUMER_GROUP")

	kafkaProducer = initProducer(brokers)
	defer kafkaProducer.Close()

	db, err := database.NewConnection(os.Getenv("DATABASE_URL"))
	if err != nil {
		logger.Error("Error connecting to the database", slog.String("error", err.Error()))
		panic(err)
	}
	apiStore = database.NewApiStore(db)
	defer db.Close()

	redisDb, _ := strconv.Atoi(os.Getenv("TALLYBILL_REDIS_STORE_DB"))
	chargeCacheStore, err = cache.NewCacheStore(ctx, cache.CacheConfig{
		Address:  os.Getenv("TALLYBILL_REDIS_STORE_URL"),
		Password: os.Getenv("TALLYBILL_REDIS_STORE_PASSWORD"),
		DB:       redisDb,
	})
	if err != nil {
		logger.Error("Error connecting to redis", slog.String("error", err.Error()))
		panic(err)
	}
	defer chargeCacheStore.Close()

	kafkaConsumer = initConsumer(brokers, rawTopic, consumerGroup)
	defer kafkaConsumer.Close()

	go consumeLoop(ctx)

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	<-sig
	logger.Info("shutting down events-processor")
}

func consumeLoop(ctx context.Context) {
	for {
		fetches := kafkaConsumer.PollFetches(ctx)
		if errs := fetches.Errors(); len(errs) > 0 {
			for _, e := range errs {
				logger.Error("fetch error", slog.String("topic", e.Topic), slog.String("error", e.Err.Error()))
			}
			continue
		}

		records := fetches.Records()
		processEvents(ctx, records)

		if err := kafkaConsumer.CommitRecords(ctx, records...); err != nil {
			logger.Error("commit error", slog.String("error", err.Error()))
		}
	}
}
