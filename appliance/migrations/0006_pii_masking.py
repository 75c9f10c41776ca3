from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('appliance', '0005_identity'),
    ]

    operations = [
        migrations.AddField(
            model_name='organization',
            name='pii_mask_ingestion',
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name='organization',
            name='pii_mask_answers',
            field=models.BooleanField(default=False),
        ),
    ]
