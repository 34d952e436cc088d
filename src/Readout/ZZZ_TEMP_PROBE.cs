[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("probe")]
