export const AUTH_TOKEN_LS_KEY = 'authToken'
export const ORGANIZATION_LS_KEY_ID = 'currentOrganization'

export const getItemFromLS = (key: string) => {
  const data = typeof window !== 'undefined' ? localStorage.getItem(key) : undefined
  try {
    return !data ? undefined : JSON.parse(data)
  } catch {
    return data
  }
}

export const setItemFromLS = (key: string, value: unknown) => {
  localStorage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value))
}
