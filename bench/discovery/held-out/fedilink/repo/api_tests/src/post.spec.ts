jest.setTimeout(120000);

import { alpha, beta, createPost, delay, setupLogins } from "./shared";

beforeAll(setupLogins);

test("Create a post and check it federates to beta", async () => {
  const postRes = await createPost(alpha, 2);
  expect(postRes.post_view.post).toBeDefined();
  await delay(2000);
  const resolved = await beta.client.resolveObject({ q: postRes.post_view.post.ap_id });
  expect(resolved.post?.post.name).toBe(postRes.post_view.post.name);
});

test("Vote on a post", async () => {
  const postRes = await createPost(alpha, 2);
  const like = await alpha.client.likePost({ post_id: postRes.post_view.post.id, score: 1 });
  expect(like.post_view.counts.score).toBe(1);
});
