import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { IsDefined, IsObject, IsOptional, IsString } from 'class-validator';
import { TriggerEvent } from './usecases/trigger-event.usecase';

export class TriggerEventRequestDto {
  @IsString()
  @IsDefined()
  name: string;

  @IsDefined()
  to: string | string[] | { subscriberId: string; email?: string; phone?: string }[];

  @IsObject()
  @IsOptional()
  payload?: Record<string, unknown>;

  @IsOptional()
  transactionId?: string;
}

@Controller('events')
@UseGuards(AuthGuard(['apikey', 'jwt']))
export class EventsController {
  constructor(private triggerEvent: TriggerEvent) {}

  @Post('trigger')
  @HttpCode(201)
  async trigger(@Req() req: any, @Body() body: TriggerEventRequestDto) {
    return this.triggerEvent.execute({
      organizationId: req.user.organizationId,
      environmentId: req.user.environmentId,
      userId: req.user._id,
      identifier: body.name,
      to: body.to,
      payload: body.payload ?? {},
      transactionId: body.transactionId,
    });
  }
}
