namespace Sample.Contracts
{
    using System;


    public interface CheckOrder
    {
        Guid OrderId { get; }
    }
}
