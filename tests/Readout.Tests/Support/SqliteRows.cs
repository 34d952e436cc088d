using Microsoft.Data.Sqlite;

namespace Readout.Tests.Support;

/// <summary>Reads a SQLite store behind its back, as a test checks what was written.</summary>
public static class SqliteRows
{
    /// <summary>The first column of every row <paramref name="sql"/> reads from the file at <paramref name="path"/>.</summary>
    public static List<string> FirstColumn(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
