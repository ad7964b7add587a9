namespace Sample.Components.Tests
{
    using System;
    using System.Linq;
    using System.Threading.Tasks;
    using Consumers;
    using Contracts;
    using MassTransit;
    using MassTransit.Testing;
    using NUnit.Framework;


    [TestFixture]
    public class When_an_order_request_is_consumed
    {
        [Test]
        public async Task Should_respond_with_acceptance_if_ok()
        {
            var harness = new InMemoryTestHarness();
            var consumer = harness.Consumer<SubmitOrderConsumer>();

            await harness.Start();
            try
            {
                var orderId = NewId.NextGuid();

                var requestClient = await harness.ConnectRequestClient<SubmitOrder>();

                var response = await requestClient.GetResponse<OrderSubmissionAccepted>(new
                {
                    OrderId = orderId,
                    InVar.Timestamp,
                    CustomerNumber = "12345"
                });

                Assert.That(response.Message.OrderId, Is.EqualTo(orderId));
                Assert.That(consumer.Consumed.Select<SubmitOrder>().Any(), Is.True);
                Assert.That(harness.Sent.Select<OrderSubmissionAccepted>().Any(), Is.True);
            }
            finally
            {
                await harness.Stop();
            }
        }

        [Test]
        public async Task Should_respond_with_rejected_if_test()
        {
            var harness = new InMemoryTestHarness();
            harness.Consumer<SubmitOrderConsumer>();

            await harness.Start();
            try
            {
                var requestClient = await harness.ConnectRequestClient<SubmitOrder>();

                var response = await requestClient.GetResponse<OrderSubmissionRejected>(new
                {
                    OrderId = NewId.NextGuid(),
                    InVar.Timestamp,
                    CustomerNumber = "TEST123"
                });

                Assert.That(response.Message.Reason, Does.Contain("TEST123"));
            }
            finally
            {
                await harness.Stop();
            }
        }
    }
}
