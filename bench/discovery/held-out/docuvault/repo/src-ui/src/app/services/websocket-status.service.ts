import { Injectable } from '@angular/core'
import { Subject } from 'rxjs'
import { environment } from 'src/environments/environment.prod'

export interface FileStatusMessage {
  filename?: string
  task_id?: string
  current_progress?: number
  max_progress?: number
  status?: 'STARTED' | 'WORKING' | 'SUCCESS' | 'FAILED'
  message?: string
  document_id?: number
}

@Injectable({ providedIn: 'root' })
export class WebsocketStatusService {
  private statusWebSocket: WebSocket
  private statusUpdate = new Subject<FileStatusMessage>()
  private documentsDeleted = new Subject<number[]>()

  connect() {
    this.disconnect()
    this.statusWebSocket = new WebSocket(
      `${environment.webSocketProtocol}//${environment.webSocketHost}${environment.webSocketBaseUrl}status/`
    )
    this.statusWebSocket.onmessage = (ev) => {
      const { type, data } = JSON.parse(ev['data'])
      if (type === 'status_update') {
        this.statusUpdate.next(data as FileStatusMessage)
      } else if (type === 'documents_deleted') {
        this.documentsDeleted.next(data.documents)
      }
    }
  }

  disconnect() {
    if (this.statusWebSocket) {
      this.statusWebSocket.close()
    }
  }

  onStatusUpdate() {
    return this.statusUpdate.asObservable()
  }

  onDocumentsDeleted() {
    return this.documentsDeleted.asObservable()
  }
}
