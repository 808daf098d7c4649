"""SearchPage moves here from `home`, keeping its table (renamed in home 0008) and rows."""

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
                    name='SearchPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                        ('intro', models.CharField(blank=True, help_text='Shown above the search box.', max_length=240)),
                    ],
                    options={
                        'abstract': False,
                    },
                    bases=('wagtailcore.page',),
                ),
            ],
        ),
    ]
