import { Subject } from 'rxjs'
import { Injectable, NgZone } from '@angular/core'
import { environment } from '../../../environments/environment'
import { AuthService } from '../auth/auth.service'

@Injectable()
export class PeerTubeSocket {
  private io: typeof import ('socket.io-client').io

  private notificationSubject = new Subject<{ type: 'new', notification: any }>()
  private notificationSocket: any

  constructor (
    private auth: AuthService,
    private ngZone: NgZone
  ) {}

  async getMyNotificationsSocket (accessToken: string) {
    await this.initNotificationSocket(accessToken)

    return this.notificationSubject.asObservable()
  }

  private async initNotificationSocket (accessToken: string) {
    if (this.notificationSocket) return

    await this.importIOIfNeeded()

    this.ngZone.runOutsideAngular(() => {
      this.notificationSocket = this.io(environment.apiUrl + '/user-notifications', {
        query: { accessToken }
      })

      this.notificationSocket.on('new-notification', (n: any) => {
        this.ngZone.run(() => this.notificationSubject.next({ type: 'new', notification: n }))
      })
    })
  }

  private async importIOIfNeeded () {
    if (this.io) return

    this.io = (await import('socket.io-client')).io
  }
}
