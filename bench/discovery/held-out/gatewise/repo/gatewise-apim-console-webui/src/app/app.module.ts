import { NgModule } from '@angular/core';
import { BrowserModule } from '@angular/platform-browser';
import { HttpClientModule } from '@angular/common/http';
import { RouterModule } from '@angular/router';
import { ApiListComponent } from './management/apis/api-list.component';

@NgModule({
  declarations: [ApiListComponent],
  imports: [
    BrowserModule,
    HttpClientModule,
    RouterModule.forRoot([{ path: 'apis', component: ApiListComponent }, { path: '', redirectTo: 'apis', pathMatch: 'full' }]),
  ],
  bootstrap: [ApiListComponent],
})
export class AppModule {}
