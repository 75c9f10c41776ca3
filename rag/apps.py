from django.apps import AppConfig


class RagConfig(AppConfig):
    name = "rag"
    verbose_name = "Answers and conversations"
    default_auto_field = "django.db.models.BigAutoField"
