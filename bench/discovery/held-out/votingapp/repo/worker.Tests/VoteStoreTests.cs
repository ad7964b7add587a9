using System.Data;
using BallotBox.Worker;
using Moq;
using Xunit;

namespace Worker.Tests
{
    // No Redis or Postgres here: the connection is a mock.
    public class VoteStoreTests
    {
        [Theory]
        [InlineData("a", true)]
        [InlineData("b", true)]
        [InlineData("c", false)]
        [InlineData(null, false)]
        public void OnlyTheTwoOptionsAreValid(string? option, bool expected)
        {
            Assert.Equal(expected, VoteStore.IsValidOption(option));
        }

        [Fact]
        public void EnsureSchemaCreatesTheVotesTable()
        {
            var command = new Mock<IDbCommand>();
            command.SetupProperty(c => c.CommandText);
            var connection = new Mock<IDbConnection>();
            connection.Setup(c => c.CreateCommand()).Returns(command.Object);

            VoteStore.EnsureSchema(connection.Object);

            Assert.Contains("CREATE TABLE IF NOT EXISTS votes", command.Object.CommandText);
            command.Verify(c => c.ExecuteNonQuery(), Times.Once);
        }
    }
}
