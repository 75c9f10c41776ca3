from django.apps import AppConfig


class SpecialistsConfig(AppConfig):
    name = "specialists"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Specialists (LoRA adapters)"
