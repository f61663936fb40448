"""The follow-up engine behind ``services.followups.FollowUpService`` (which asks permission):

- ``proposals``: what a proposal and a plan are, the 3-month dose limit, how proposals are spread
  over days, and the slots held for invited patients;
- ``recall_list``: the recall list's rows, contact notes and cautions;
- ``unchecked``: the engine itself, without permission checks: its callers have checked (the use
  cases, the outbox's send) or need none (the background refresh).
"""
