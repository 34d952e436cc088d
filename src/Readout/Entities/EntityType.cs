namespace Readout.Entities;

public enum EntityType
{
    Person,
    Organization,
    Country,
    Place,
    Outlet,
}
