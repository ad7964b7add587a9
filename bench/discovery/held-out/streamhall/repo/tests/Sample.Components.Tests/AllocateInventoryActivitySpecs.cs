namespace Sample.Components.Tests
{
    using System;
    using System.Threading.Tasks;
    using CourierActivities;
    using NUnit.Framework;


    [TestFixture]
    public class AllocateInventoryActivitySpecs
    {
        [Test]
        public void Arguments_should_expose_quantity()
        {
            // Placeholder until the test harness supports courier activities with request clients.
            Assert.That(typeof(AllocateInventoryArguments).GetProperty("Quantity"), Is.Not.Null);
        }
    }
}
