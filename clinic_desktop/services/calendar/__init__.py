"""The calendar's use cases, one room each, composed into ``services.appointments.AppointmentService``
(callers keep using ``services.appointments.<method>``):

- ``availability``: working time, closed days, time off, closures, and the free-slot use cases;
- ``booking``: booking, moving, moving a series (with the overlap retry);
- ``status_flow``: the visit's status flow (arrived, roomed, done, cancelled) and the flow board;
- ``waitlist``: the waiting list and booking from it;
- ``rules``: what they share: the clash and working-hours checks, the override rule, the audit entries;
- ``slots``: the free-slot search itself;
- ``unchecked``: the internal interface that asks no permission (its callers have checked), which the
  follow-up engine also uses.
"""
