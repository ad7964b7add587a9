import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';

export class ItemRequest {
  @IsString() id!: string;
  @IsString() name!: string;
  @IsInt() @Min(1) quantity!: number;
  @IsInt() @Min(0) price!: number;
}

export class ShippingAddress {
  @IsString() firstName!: string;
  @IsString() lastName!: string;
  @IsString() email!: string;
  @IsString() address1!: string;
  @IsOptional() @IsString() address2?: string;
  @IsString() city!: string;
  @IsString() zip!: string;
  @IsOptional() @IsString() state?: string;
}

export class CheckoutRequest {
  @ValidateNested({ each: true }) @Type(() => ItemRequest) items!: ItemRequest[];
  @IsOptional() @ValidateNested() @Type(() => ShippingAddress) shippingAddress?: ShippingAddress;
  @IsOptional() @IsString() deliveryOptionToken?: string;
}

export interface ShippingOption {
  name: string;
  amount: number;
  token: string;
  estimatedDays: number;
}

export interface Checkout {
  request: CheckoutRequest;
  shippingRates: ShippingOption[];
  paymentToken: string;
  subtotal: number;
  tax: number;
  shipping: number;
  total: number;
}

export interface SubmittedCheckout {
  orderId: string;
  subtotal: number;
  total: number;
}
