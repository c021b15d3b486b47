"""`field__any_of=[...]`: membership in a list sent as one array on PostgreSQL.

`field__in=[...]` with hundreds of ids sends as many parameters, and the driver spends more
time splitting the query than the server spends running it (the recruiter's view over 500
candidates: bench/agency_scale.py). On PostgreSQL this is `field = ANY(%s)` with one array
parameter; elsewhere it is the usual IN list.
"""

from __future__ import annotations

from django.db.models import Field, ForeignObject, Lookup


class AnyOf(Lookup):
    lookup_name = "any_of"
    prepare_rhs = False  # the list is sent as it is; as_sql builds the parameters

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = list(self.rhs)
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*lhs_params, values]
        if not values:
            return "1 = 0", list(lhs_params)
        marks = ", ".join(["%s"] * len(values))
        return f"{lhs} IN ({marks})", [*lhs_params, *values]


Field.register_lookup(AnyOf)
ForeignObject.register_lookup(AnyOf)  # foreign keys keep their own lookups: owner__any_of
