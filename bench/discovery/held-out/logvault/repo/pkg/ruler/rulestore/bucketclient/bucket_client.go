package bucketclient

import (
	"bytes"
	"context"
	"path"

	"github.com/thanos-io/objstore"
	"gopkg.in/yaml.v2"

	"github.com/logvault/logvault/v3/pkg/ruler/rulespb"
)

const rulesPrefix = "rules"

// BucketRuleStore stores rule groups in an object bucket (ruler_storage.backend: s3,
// bucket logvault-ruler on MinIO in the compose example).
type BucketRuleStore struct {
	bucket objstore.Bucket
}

func NewBucketRuleStore(bkt objstore.Bucket) *BucketRuleStore {
	return &BucketRuleStore{bucket: objstore.NewPrefixedBucket(bkt, rulesPrefix)}
}

func (b *BucketRuleStore) ListAllUsers(ctx context.Context) ([]string, error) {
	var users []string
	err := b.bucket.Iter(ctx, "", func(user string) error {
		users = append(users, path.Base(user))
		return nil
	})
	return users, err
}

func (b *BucketRuleStore) SetRuleGroup(ctx context.Context, userID, namespace string, group *rulespb.RuleGroupDesc) error {
	data, err := yaml.Marshal(group)
	if err != nil {
		return err
	}
	return b.bucket.Upload(ctx, getRuleGroupObjectKey(userID, namespace, group.Name), bytes.NewBuffer(data))
}

func (b *BucketRuleStore) getRuleGroup(ctx context.Context, userID, namespace, groupName string) (*rulespb.RuleGroupDesc, error) {
	reader, err := b.bucket.Get(ctx, getRuleGroupObjectKey(userID, namespace, groupName))
	if err != nil {
		return nil, err
	}
	defer reader.Close()
	rg := &rulespb.RuleGroupDesc{}
	return rg, yaml.NewDecoder(reader).Decode(rg)
}
