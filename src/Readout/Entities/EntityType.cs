using System.Collections.Immutable;
using Readout.Cleaning;

namespace Readout.Entities;

public enum EntityType
{
    Person,
    Organization,
    Country,
    Place,
    Outlet,
}
