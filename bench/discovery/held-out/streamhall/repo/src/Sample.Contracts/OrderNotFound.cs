namespace Sample.Contracts
{
    using System;


    public interface OrderNotFound
    {
        Guid OrderId { get; }
    }
}
