#!/bin/sh
# Debug helper: tails a topic from inside the running kafka container.
TOPIC="${1:-tidemark.order.events}"
docker compose exec kafka /kafka/bin/kafka-console-consumer.sh \
  --bootstrap-server kafka:9092 \
  --from-beginning \
  --property print.key=true \
  --property print.headers=true \
  --topic "$TOPIC"
