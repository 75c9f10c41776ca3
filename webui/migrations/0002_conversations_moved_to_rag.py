"""The conversation models now live in the RAG domain (rag/migrations/0001_initial.py); their
tables stay where they are, so only Django's state changes here."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('webui', '0001_initial'),
        ('rag', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name='Feedback'),
                migrations.DeleteModel(name='Message'),
                migrations.DeleteModel(name='Conversation'),
            ],
        ),
    ]
