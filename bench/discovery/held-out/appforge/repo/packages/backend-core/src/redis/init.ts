import { RedisWrapper, SelectableDatabase } from "./redis"

let sessionClient: RedisWrapper,
  appClient: RedisWrapper,
  lockClient: RedisWrapper,
  userClient: RedisWrapper,
  inviteClient: RedisWrapper,
  passwordResetClient: RedisWrapper

async function init() {
  sessionClient = await new RedisWrapper(SelectableDatabase.SESSIONS).init()
  appClient = await new RedisWrapper(SelectableDatabase.APP_METADATA).init()
  lockClient = await new RedisWrapper(SelectableDatabase.LOCKS).init()
  userClient = await new RedisWrapper(SelectableDatabase.USER_CACHE).init()
  inviteClient = await new RedisWrapper(SelectableDatabase.INVITATIONS).init()
  passwordResetClient = await new RedisWrapper(SelectableDatabase.PW_RESET).init()
}

export async function shutdown() {
  for (const client of [sessionClient, appClient, lockClient, userClient, inviteClient, passwordResetClient]) {
    if (client) await client.finish()
  }
  console.log("Redis shutdown")
}

process.on("exit", async () => {
  await shutdown()
})

async function ensure(client: RedisWrapper | undefined) {
  if (!client) {
    await init()
  }
}

export async function getSessionClient() {
  await ensure(sessionClient)
  return sessionClient
}

export async function getAppClient() {
  await ensure(appClient)
  return appClient
}

export async function getLockClient() {
  await ensure(lockClient)
  return lockClient
}

export async function getUserClient() {
  await ensure(userClient)
  return userClient
}

export async function getInviteClient() {
  await ensure(inviteClient)
  return inviteClient
}

export async function getPasswordResetClient() {
  await ensure(passwordResetClient)
  return passwordResetClient
}
