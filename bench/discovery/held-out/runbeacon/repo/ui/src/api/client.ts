import axios, { AxiosInstance } from 'axios'

export type FlowRun = {
  id: string
  name: string
  state_type: 'SCHEDULED' | 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'LATE'
  expected_start_time: string | null
}

let api: AxiosInstance = axios.create({ baseURL: '/api' })
let eventsUrl = '/api/events/out'

export async function loadUiSettings(): Promise<void> {
  const { data } = await axios.get('/ui-settings')
  api = axios.create({ baseURL: data.api_url, timeout: 30_000 })
  eventsUrl = `${data.api_url.replace(/^http/, 'ws')}/events/out`
}

export async function listFlowRuns(limit = 200): Promise<FlowRun[]> {
  const { data } = await api.post<FlowRun[]>('/flow_runs/filter', null, { params: { limit } })
  return data
}

export function subscribeToEvents(onEvent: (e: unknown) => void): WebSocket {
  const ws = new WebSocket(eventsUrl)
  ws.onmessage = (msg) => onEvent(JSON.parse(msg.data))
  return ws
}
