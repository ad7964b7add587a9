import { readFile } from 'fs/promises'

/**
 * Reads a secret from the environment, or from the file named by `${name}_FILE`
 * (docker secrets style).
 */
export const getSecret = async (key: string): Promise<string> => {
  if (!key) {
    return ''
  }

  const env = process.env[key]
  if (env) {
    return env
  }

  const file = process.env[key + '_FILE']
  if (!file) {
    return ''
  }

  return await readFile(file, { encoding: 'utf8' }).catch((e) => {
    if (e.code == 'ENOENT') {
      return ''
    }
    throw e
  })
}
