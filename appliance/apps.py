from django.apps import AppConfig

from appliance import checks


class ApplianceConfig(AppConfig):
    name = "appliance"
    verbose_name = "Appliance"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        checks.register_checks()
        # Django's own idiom: the receivers import models, which cannot load before ready().
        from appliance.audit import signals

        signals.connect()
