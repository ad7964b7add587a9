using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;
using Vaultkeep.Core.Models.Data;
using Vaultkeep.Core.Repositories;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Infrastructure.Dapper.Repositories;

public class EventRepository : Repository<Event, Guid>, IEventRepository
{
    public EventRepository(GlobalSettings globalSettings)
        : this(globalSettings.SqlServer.ConnectionString, globalSettings.SqlServer.ReadOnlyConnectionString)
    { }

    public EventRepository(string connectionString, string readOnlyConnectionString)
        : base(connectionString, readOnlyConnectionString)
    { }

    public async Task CreateAsync(IEvent e)
    {
        var ev = e as Event ?? new Event(e);
        ev.SetNewId();
        await base.CreateAsync(ev);
    }

    public async Task CreateManyAsync(IEnumerable<IEvent> entities)
    {
        var list = entities?.Select(e => e as Event ?? new Event(e)).ToList();
        if (list == null || !list.Any())
        {
            return;
        }

        using (var connection = new SqlConnection(ConnectionString))
        {
            connection.Open();
            using var bulkCopy = new SqlBulkCopy(connection, SqlBulkCopyOptions.KeepIdentity, null);
            bulkCopy.DestinationTableName = "[dbo].[Event]";
            var dataTable = BuildEventsTable(bulkCopy, list);
            await bulkCopy.WriteToServerAsync(dataTable);
        }
    }

    private static DataTable BuildEventsTable(SqlBulkCopy bulkCopy, IEnumerable<Event> events)
    {
        var table = new DataTable("EventDataTable");
        table.Columns.Add(nameof(Event.Id), typeof(Guid));
        table.Columns.Add(nameof(Event.Type), typeof(int));
        table.Columns.Add(nameof(Event.UserId), typeof(Guid));
        table.Columns.Add(nameof(Event.OrganizationId), typeof(Guid));
        table.Columns.Add(nameof(Event.Date), typeof(DateTime));
        foreach (var ev in events)
        {
            var row = table.NewRow();
            row[nameof(Event.Id)] = ev.Id;
            row[nameof(Event.Type)] = (int)ev.Type;
            row[nameof(Event.UserId)] = ev.UserId.HasValue ? ev.UserId.Value : DBNull.Value;
            row[nameof(Event.OrganizationId)] = ev.OrganizationId.HasValue ? ev.OrganizationId.Value : DBNull.Value;
            row[nameof(Event.Date)] = ev.Date;
            table.Rows.Add(row);
        }
        return table;
    }
}

public abstract class BaseRepository
{
    static BaseRepository()
    {
        SqlMapper.AddTypeHandler(new DateTimeHandler());
    }

    public BaseRepository(string connectionString, string readOnlyConnectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentNullException(nameof(connectionString));
        }
        ConnectionString = connectionString;
        ReadOnlyConnectionString = string.IsNullOrWhiteSpace(readOnlyConnectionString)
            ? connectionString : readOnlyConnectionString;
    }

    protected string ConnectionString { get; private set; }
    protected string ReadOnlyConnectionString { get; private set; }
}

public abstract class Repository<T, TId> : BaseRepository
    where TId : IEquatable<TId>
{
    public Repository(string connectionString, string readOnlyConnectionString,
        string schema = null, string table = null)
        : base(connectionString, readOnlyConnectionString)
    {
        Table = table ?? typeof(T).Name;
        Schema = schema ?? "dbo";
    }

    protected string Schema { get; private set; }
    protected string Table { get; private set; }

    public virtual async Task<T> GetByIdAsync(TId id)
    {
        using (var connection = new SqlConnection(ConnectionString))
        {
            var results = await connection.QueryAsync<T>(
                $"[{Schema}].[{Table}_ReadById]",
                new { Id = id },
                commandType: System.Data.CommandType.StoredProcedure);
            return results.SingleOrDefault();
        }
    }

    public virtual async Task<T> CreateAsync(T obj)
    {
        using (var connection = new SqlConnection(ConnectionString))
        {
            await connection.ExecuteAsync($"[{Schema}].[{Table}_Create]", obj,
                commandType: System.Data.CommandType.StoredProcedure);
        }
        return obj;
    }
}
