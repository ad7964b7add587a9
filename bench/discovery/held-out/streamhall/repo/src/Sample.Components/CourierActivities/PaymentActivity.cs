namespace Sample.Components.CourierActivities
{
    using System;
    using System.Threading.Tasks;
    using MassTransit.Courier;


    public class PaymentActivity :
        IActivity<PaymentArguments, PaymentLog>
    {
        public async Task<ExecutionResult> Execute(ExecuteContext<PaymentArguments> context)
        {
            string cardNumber = context.Arguments.CardNumber;
            if (string.IsNullOrEmpty(cardNumber))
                throw new ArgumentNullException(nameof(cardNumber));

            // In a real system this would call the payment gateway. The sample only simulates latency.
            await Task.Delay(5000);

            if (cardNumber.StartsWith("5999"))
                throw new InvalidOperationException("The card number was invalid");

            return context.Completed(new {AuthorizationCode = "77777"});
        }

        public async Task<CompensationResult> Compensate(CompensateContext<PaymentLog> context)
        {
            await Task.Delay(100);

            return context.Compensated();
        }
    }


    public interface PaymentArguments
    {
        Guid OrderId { get; }
        decimal Amount { get; }
        string CardNumber { get; }
    }


    public interface PaymentLog
    {
        string AuthorizationCode { get; }
    }
}
