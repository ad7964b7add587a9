#!/usr/bin/env node
import { getClient } from '@hcengineering/account-client'
import { systemAccountUuid } from '@hcengineering/core'
import { getMongoClient } from '@hcengineering/mongo'
import { program } from 'commander'
import { encode } from 'jwt-simple'

const accountsUrl = process.env.ACCOUNTS_URL ?? 'http://localhost:3000'
const dbUrl = process.env.DB_URL ?? 'mongodb://localhost:27017'
const token = encode({ account: systemAccountUuid() }, process.env.SERVER_SECRET ?? 'secret')

program.command('list-workspaces').action(async () => {
  const list = await getClient(accountsUrl, token).listWorkspaces()
  for (const ws of list) console.log(ws.uuid, ws.url, ws.mode)
})

program.command('drop-workspace <dataId>').action(async (dataId: string) => {
  const ref = getMongoClient(dbUrl)
  const client = await ref.getClient()
  await client.db(dataId).dropDatabase()
  ref.close()
})

program.parse(process.argv)
