from django.apps import AppConfig


class ApplianceConfig(AppConfig):
    name = "appliance"
    verbose_name = "Appliance"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from appliance import checks  # noqa: F401  registers the system checks
