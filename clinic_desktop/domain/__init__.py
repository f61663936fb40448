"""Pure clinical and scheduling rules and value types.

Only the standard library and dateutil live here: no Qt, no database. Every other layer asks
this package, so each rule is written once.
"""
