"""Specialists: one small base model, a light LoRA adapter per organization or per trade.

An organization's admin registers specialists (an uploaded PEFT adapter, or one trained here),
each with example questions and the groups that may use it; every question is routed to one
(specialists/routing.py) and served by the same model server with that adapter
(specialists/serving.py). Another organization never sees, routes to or is served by one.
"""
