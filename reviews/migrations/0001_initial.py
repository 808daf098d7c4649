"""Reviewer moves here from `home`, keeping its table (renamed in home 0008) and rows."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0008_rename_tables_of_moved_models'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Reviewer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(help_text="The reviewer's name as patients should see it, for example 'Dr Sam Example'.", max_length=120)),
                        ('credentials', models.CharField(blank=True, help_text="Qualifications shown after the name, for example 'MB ChB, FRCA'.", max_length=120)),
                        ('role', models.CharField(blank=True, help_text="Their job at the clinic, for example 'Consultant anaesthetist'.", max_length=120)),
                        ('photo', models.ForeignKey(blank=True, help_text="Optional: a photo for the reviewer's profile.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image')),
                        ('profile_page', models.ForeignKey(blank=True, help_text='Optional: a page about the reviewer. Their name in the review stamp links to it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.page')),
                        ('user', models.OneToOneField(blank=True, help_text="The reviewer's admin account. When this person approves a page in the 'Clinical review' workflow, they are recorded as its reviewer.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='clinical_reviewer', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'ordering': ['name'],
                        'permissions': [('record_review', "Can set a page's reviewer and review date by hand")],
                    },
                ),
            ],
        ),
    ]
