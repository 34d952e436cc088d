using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Readout.Storage;

public enum StoreOutcome
{
    Added,
    Duplicate,
    Rejected,
}
