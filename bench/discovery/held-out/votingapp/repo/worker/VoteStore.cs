using System.Data;
using Npgsql;

namespace BallotBox.Worker
{
    /// <summary>SQL for the votes table: one row per voter, the latest choice wins.</summary>
    internal static class VoteStore
    {
        internal const string CreateTable =
            @"CREATE TABLE IF NOT EXISTS votes (
                id VARCHAR(255) NOT NULL UNIQUE,
                vote VARCHAR(255) NOT NULL
            )";

        internal static bool IsValidOption(string? option) => option == "a" || option == "b";

        internal static void EnsureSchema(IDbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = CreateTable;
            command.ExecuteNonQuery();
        }

        internal static void UpdateVote(NpgsqlConnection connection, string voterId, string vote)
        {
            using var command = connection.CreateCommand();
            command.CommandText =
                @"INSERT INTO votes (id, vote) VALUES (@id, @vote)
                  ON CONFLICT (id) DO UPDATE SET vote = EXCLUDED.vote";
            command.Parameters.AddWithValue("@id", voterId);
            command.Parameters.AddWithValue("@vote", vote);
            command.ExecuteNonQuery();
        }
    }
}
