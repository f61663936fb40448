"""The outbox's parts, composed into MessageService (services/messages.py, which describes the outbox):
queueing, consent and replies, the outbox itself, sending, and the channels and templates."""
