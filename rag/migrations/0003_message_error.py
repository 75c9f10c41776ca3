from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('rag', '0002_message_unsupported'),
    ]

    operations = [
        migrations.AddField(
            model_name='message',
            name='error',
            field=models.TextField(blank=True, default=''),
        ),
    ]
