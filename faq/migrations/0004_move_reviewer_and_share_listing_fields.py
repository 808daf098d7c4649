"""Pages point at the Reviewer in its new app; shared fields share their help text."""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('faq', '0003_add_review_fields'),
        ('reviews', '0001_initial'),
    ]

    operations = [
        # The column and its foreign key already point at the renamed table
        # (home 0008): only Django's record of the model changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='faqpage',
                    name='reviewer',
                    field=models.ForeignKey(blank=True, help_text='Filled in when a clinical reviewer approves the page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='reviews.reviewer'),
                ),
                migrations.AlterField(
                    model_name='mythspage',
                    name='reviewer',
                    field=models.ForeignKey(blank=True, help_text='Filled in when a clinical reviewer approves the page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='reviews.reviewer'),
                ),
            ],
        ),
        migrations.AlterField(
            model_name='faqpage',
            name='intro',
            field=wagtail.fields.RichTextField(blank=True, help_text='A sentence or two above the questions or cards.'),
        ),
        migrations.AlterField(
            model_name='mythspage',
            name='intro',
            field=wagtail.fields.RichTextField(blank=True, help_text='A sentence or two above the questions or cards.'),
        ),
    ]
