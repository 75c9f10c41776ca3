from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('rag', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='message',
            name='unsupported',
            field=models.JSONField(blank=True, default=list),
        ),
    ]
