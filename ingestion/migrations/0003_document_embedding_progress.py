from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("ingestion", "0002_document_hidden_text"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="embedded_chunks",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="document",
            name="embedding_started_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
