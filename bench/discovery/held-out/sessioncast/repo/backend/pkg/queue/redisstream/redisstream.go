package redisstream

import (
	"context"
	"log"
	"strconv"
	"strings"

	"github.com/go-redis/redis/v8"

	"sessioncast/backend/internal/config/common"
	"sessioncast/backend/pkg/messages"
)

var redisClient *redis.Client

func getRedisClient(cfg *common.Redis) *redis.Client {
	if redisClient != nil {
		return redisClient
	}
	options, err := redis.ParseURL(cfg.RedisString)
	if err != nil {
		log.Fatalln(err)
	}
	redisClient = redis.NewClient(options)
	return redisClient
}

type Consumer struct {
	redis    *redis.Client
	streams  []string
	group    string
	iterator messages.MessageIterator
	idsPending map[string][]string
	rebalanced chan interface{}
}

func NewConsumer(cfg *common.Redis, group string, streams []string, iterator messages.MessageIterator, _ int) *Consumer {
	client := getRedisClient(cfg)
	for _, stream := range streams {
		err := client.XGroupCreateMkStream(context.Background(), stream, group, "0").Err()
		if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
			panic(err)
		}
	}
	idsPending := make(map[string][]string)
	streamsCount := len(streams)
	for i := 0; i < streamsCount; i++ {
		streams = append(streams, ">")
		idsPending[streams[i]] = []string{}
	}
	return &Consumer{redis: client, streams: streams, group: group, iterator: iterator, idsPending: idsPending, rebalanced: make(chan interface{})}
}

func (c *Consumer) Rebalanced() <-chan interface{} { return c.rebalanced }

func (c *Consumer) ConsumeNext() error {
	res, err := c.redis.XReadGroup(context.Background(), &redis.XReadGroupArgs{
		Group:    c.group,
		Consumer: c.group,
		Streams:  c.streams,
		Count:    100,
		Block:    200,
	}).Result()
	if err != nil {
		if err == redis.Nil {
			return nil
		}
		return err
	}
	for _, r := range res {
		for _, m := range r.Messages {
			sessionIDString, _ := m.Values["sessionID"].(string)
			sessionID, _ := strconv.ParseUint(sessionIDString, 10, 64)
			value, _ := m.Values["value"].(string)
			c.iterator.Iterate([]byte(value), messages.NewBatchInfo(sessionID, r.Stream, 0, 0, 0))
			c.idsPending[r.Stream] = append(c.idsPending[r.Stream], m.ID)
		}
	}
	return nil
}

func (c *Consumer) Commit() error {
	for stream, ids := range c.idsPending {
		if len(ids) == 0 {
			continue
		}
		if err := c.redis.XAck(context.Background(), stream, c.group, ids...).Err(); err != nil {
			return err
		}
		c.idsPending[stream] = nil
	}
	return nil
}

func (c *Consumer) CommitBack(gap int64) error { return c.Commit() }
func (c *Consumer) Close()                     {}

type Producer struct {
	redis     *redis.Client
	maxLenApprox int64
}

func NewProducer(cfg *common.Redis) *Producer {
	return &Producer{redis: getRedisClient(cfg), maxLenApprox: cfg.RedisStreamsMaxLen}
}

func (p *Producer) Produce(topic string, key uint64, value []byte) error {
	args := &redis.XAddArgs{
		Stream: topic,
		Values: map[string]interface{}{"sessionID": key, "value": value},
		MaxLen: p.maxLenApprox,
		Approx: true,
	}
	_, err := p.redis.XAdd(context.Background(), args).Result()
	return err
}

func (p *Producer) ProduceToPartition(topic string, _ uint64, key uint64, value []byte) error {
	return p.Produce(topic, key, value)
}

func (p *Producer) Close(_ int) {}
func (p *Producer) Flush(_ int) {}
