package main

import (
	"context"
	"encoding/json"

	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos"
)

// CosmosDBOrderRepo is used when ORDER_DB_API=cosmosdbsql (Azure deployments only).
type CosmosDBOrderRepo struct {
	container    *azcosmos.ContainerClient
	partitionKey string
}

func NewCosmosDBOrderRepo(endpoint, dbName, containerName, partitionKey string) (*CosmosDBOrderRepo, error) {
	cred, err := azidentity.NewDefaultAzureCredential(nil)
	if err != nil {
		return nil, err
	}
	client, err := azcosmos.NewClient(endpoint, cred, nil)
	if err != nil {
		return nil, err
	}
	container, err := client.NewContainer(dbName, containerName)
	if err != nil {
		return nil, err
	}
	return &CosmosDBOrderRepo{container: container, partitionKey: partitionKey}, nil
}

func (r *CosmosDBOrderRepo) GetPendingOrders() ([]Order, error) {
	pk := azcosmos.NewPartitionKeyString(r.partitionKey)
	pager := r.container.NewQueryItemsPager("SELECT * FROM o WHERE o.status = 0", pk, nil)
	var orders []Order
	for pager.More() {
		resp, err := pager.NextPage(context.TODO())
		if err != nil {
			return nil, err
		}
		for _, item := range resp.Items {
			var o Order
			if json.Unmarshal(item, &o) == nil {
				orders = append(orders, o)
			}
		}
	}
	return orders, nil
}

func (r *CosmosDBOrderRepo) GetOrder(id string) (Order, error) {
	var o Order
	resp, err := r.container.ReadItem(context.TODO(), azcosmos.NewPartitionKeyString(r.partitionKey), id, nil)
	if err != nil {
		return o, err
	}
	err = json.Unmarshal(resp.Value, &o)
	return o, err
}

func (r *CosmosDBOrderRepo) InsertOrders(orders []Order) error {
	pk := azcosmos.NewPartitionKeyString(r.partitionKey)
	for _, o := range orders {
		b, _ := json.Marshal(o)
		if _, err := r.container.CreateItem(context.TODO(), pk, b, nil); err != nil {
			return err
		}
	}
	return nil
}

func (r *CosmosDBOrderRepo) UpdateOrder(order Order) error {
	b, _ := json.Marshal(order)
	_, err := r.container.UpsertItem(context.TODO(), azcosmos.NewPartitionKeyString(r.partitionKey), b, nil)
	return err
}
