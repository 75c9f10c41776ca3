"""The Celery application. The same task code runs in embedded mode (worker threads inside
`manage.py serve`) and in production (separate `celery worker` processes)."""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "appliance.settings")

app = Celery("appliance")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
