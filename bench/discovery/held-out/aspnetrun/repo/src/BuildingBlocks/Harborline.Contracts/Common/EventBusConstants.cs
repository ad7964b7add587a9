namespace Harborline.Contracts.Common
{
    public static class EventBusConstants
    {
        public const string CartCheckoutQueue = "cartcheckout-queue";
    }
}
