#! /bin/bash -e

ENDPOINT=${AWS_DYNAMODB_ENDPOINT_URL:?AWS_DYNAMODB_ENDPOINT_URL must be set}

until aws dynamodb list-tables --endpoint-url "$ENDPOINT" > /dev/null 2>&1 ; do
  echo "waiting for dynamodb local at $ENDPOINT"
  sleep 2
done

if aws dynamodb describe-table --table-name ftgo-order-history --endpoint-url "$ENDPOINT" > /dev/null 2>&1 ; then
  echo "table ftgo-order-history already exists"
else
  aws dynamodb create-table \
    --endpoint-url "$ENDPOINT" \
    --table-name ftgo-order-history \
    --attribute-definitions AttributeName=orderId,AttributeType=S AttributeName=consumerId,AttributeType=S AttributeName=creationDate,AttributeType=N \
    --key-schema AttributeName=orderId,KeyType=HASH \
    --provisioned-throughput ReadCapacityUnits=3,WriteCapacityUnits=3 \
    --global-secondary-indexes '[{"IndexName":"ftgo-order-history-by-consumer-id-and-creation-time","KeySchema":[{"AttributeName":"consumerId","KeyType":"HASH"},{"AttributeName":"creationDate","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"},"ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":3}}]'
fi

echo "dynamodb tables initialized"
