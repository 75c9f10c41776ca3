"""Conversations, messages and feedback moved from the pages app (webui) to the RAG domain.

Their tables keep their names, so this migration changes Django's idea of which app owns
them and nothing in the database (webui 0002 forgets them on that side).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('appliance', '0001_initial'),
        ('webui', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='Conversation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('organization', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='conversations', to='appliance.organization')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='conversations', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'webui_conversation',
                        'ordering': ['-updated_at'],
                    },
                ),
                migrations.CreateModel(
                    name='Message',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(choices=[('user', 'user'), ('assistant', 'assistant')], max_length=10)),
                        ('content', models.TextField()),
                        ('citations', models.JSONField(blank=True, default=list)),
                        ('grounded', models.BooleanField(default=False)),
                        ('refused', models.BooleanField(default=False)),
                        ('stopped', models.BooleanField(default=False)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('conversation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='messages', to='rag.conversation')),
                    ],
                    options={
                        'db_table': 'webui_message',
                        'ordering': ['created_at', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='Feedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('rating', models.SmallIntegerField(choices=[(1, '👍'), (-1, '👎')])),
                        ('comment', models.TextField(blank=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='answer_feedback', to=settings.AUTH_USER_MODEL)),
                        ('message', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='feedback', to='rag.message')),
                    ],
                    options={
                        'db_table': 'webui_feedback',
                        'ordering': ['-updated_at'],
                    },
                ),
                migrations.AddIndex(
                    model_name='conversation',
                    index=models.Index(fields=['organization', 'user', '-updated_at'], name='webui_conve_organiz_6f7e04_idx'),
                ),
                migrations.AddConstraint(
                    model_name='feedback',
                    constraint=models.UniqueConstraint(fields=('message', 'user'), name='one_feedback_per_user_and_answer'),
                ),
                migrations.AddConstraint(
                    model_name='feedback',
                    constraint=models.CheckConstraint(condition=models.Q(('rating__in', [1, -1])), name='feedback_rating_is_plus_or_minus_one'),
                ),
    
            ],
        ),
    ]
