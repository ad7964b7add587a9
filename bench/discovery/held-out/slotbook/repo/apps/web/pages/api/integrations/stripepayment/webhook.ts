export { default, config } from "@slotbook/features/ee/payments/api/webhook";
