namespace Tidewater.PaymentProcessor;

/// <summary>
/// The payment step is simulated: there is no card processor behind it. Flip
/// <see cref="PaymentSucceeded"/> to exercise the failure path end to end.
/// </summary>
public class PaymentOptions
{
    public bool PaymentSucceeded { get; set; }
}
