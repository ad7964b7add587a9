import { Injectable } from '@angular/core';
import { HttpClient, HttpResponse } from '@angular/common/http';
import { map, Observable } from 'rxjs';
import dayjs from 'dayjs/esm';

import { ApplicationConfigService } from 'app/core/config/application-config.service';
import { createRequestOption } from 'app/core/request/request-util';
import { IInvoice } from '../invoice.model';

type RestInvoice = Omit<IInvoice, 'date'> & { date?: string | null };

export type EntityResponseType = HttpResponse<IInvoice>;
export type EntityArrayResponseType = HttpResponse<IInvoice[]>;

@Injectable({ providedIn: 'root' })
export class InvoiceService {
  protected resourceUrl = this.applicationConfigService.getEndpointFor('api/invoices', 'invoice');

  constructor(
    protected http: HttpClient,
    protected applicationConfigService: ApplicationConfigService,
  ) {}

  find(id: number): Observable<EntityResponseType> {
    return this.http
      .get<RestInvoice>(`${this.resourceUrl}/${id}`, { observe: 'response' })
      .pipe(map(res => res.clone({ body: this.convertFromServer(res.body) })));
  }

  query(req?: any): Observable<EntityArrayResponseType> {
    const options = createRequestOption(req);
    return this.http
      .get<RestInvoice[]>(this.resourceUrl, { params: options, observe: 'response' })
      .pipe(map(res => res.clone({ body: (res.body ?? []).map(i => this.convertFromServer(i)!) })));
  }

  markPaid(id: number): Observable<EntityResponseType> {
    return this.http
      .post<RestInvoice>(`${this.resourceUrl}/${id}/pay`, null, { observe: 'response' })
      .pipe(map(res => res.clone({ body: this.convertFromServer(res.body) })));
  }

  protected convertFromServer(restInvoice: RestInvoice | null): IInvoice | null {
    if (!restInvoice) {
      return null;
    }
    return { ...restInvoice, date: restInvoice.date ? dayjs(restInvoice.date) : undefined };
  }
}
