"""PageFeedback moves here from `home`, keeping its table (renamed in home 0008) and rows."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0008_rename_tables_of_moved_models'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PageFeedback',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('helpful', models.BooleanField(help_text="The reader's answer: yes or no.")),
                        ('comment', models.TextField(blank=True, help_text='What the reader added, if anything. Never asked for personal details.', max_length=500)),
                        ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                        ('page', models.ForeignKey(help_text='The page the feedback is about.', on_delete=django.db.models.deletion.CASCADE, related_name='feedback', to='wagtailcore.page')),
                    ],
                    options={
                        'verbose_name': 'page feedback',
                        'verbose_name_plural': 'page feedback',
                        'ordering': ['-created_at'],
                    },
                ),
            ],
        ),
    ]
