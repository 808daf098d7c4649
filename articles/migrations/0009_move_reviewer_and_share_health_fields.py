"""Pages point at the Reviewer in its new app; shared fields share their help text."""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0008_add_a_to_z_page'),
        ('reviews', '0001_initial'),
    ]

    operations = [
        # The column and its foreign key already point at the renamed table
        # (home 0008): only Django's record of the model changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='articlepage',
                    name='reviewer',
                    field=models.ForeignKey(blank=True, help_text='Filled in when a clinical reviewer approves the page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='reviews.reviewer'),
                ),
                migrations.AlterField(
                    model_name='medicinepage',
                    name='reviewer',
                    field=models.ForeignKey(blank=True, help_text='Filled in when a clinical reviewer approves the page.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='reviews.reviewer'),
                ),
            ],
        ),
        migrations.AlterField(
            model_name='articlepage',
            name='references',
            field=wagtail.fields.StreamField([('reference', 6)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': "Authors or organisation, for example 'World Health Organization'. Leave blank if unsure.", 'max_length': 300, 'required': False}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'The title of the guideline, article, web page or book.', 'max_length': 300}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': "The journal or publisher, for example 'NHS website' or 'The Lancet'.", 'max_length': 200, 'required': False}), 3: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'Year of publication. Leave blank if unsure.', 'max_value': 2100, 'min_value': 1800, 'required': False}), 4: ('wagtail.blocks.URLBlock', (), {'help_text': 'Web address of the source, if it is online.', 'required': False}), 5: ('wagtail.blocks.DateBlock', (), {'help_text': 'When you last checked the web page.', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('authors', 0), ('title', 1), ('publisher', 2), ('year', 3), ('link', 4), ('accessed', 5)]], {})}, help_text='The sources this page is based on, listed after it and numbered in this order. Cite one in the text by typing its number in square brackets, such as [1].'),
        ),
        migrations.AlterField(
            model_name='articlepage',
            name='summary',
            field=models.TextField(help_text='Two or three plain sentences saying what the page covers (for a medicine: what it is and what it is for). Shown first on the page, on cards and in search results.', max_length=400),
        ),
        migrations.AlterField(
            model_name='medicinepage',
            name='references',
            field=wagtail.fields.StreamField([('reference', 6)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': "Authors or organisation, for example 'World Health Organization'. Leave blank if unsure.", 'max_length': 300, 'required': False}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'The title of the guideline, article, web page or book.', 'max_length': 300}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': "The journal or publisher, for example 'NHS website' or 'The Lancet'.", 'max_length': 200, 'required': False}), 3: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'Year of publication. Leave blank if unsure.', 'max_value': 2100, 'min_value': 1800, 'required': False}), 4: ('wagtail.blocks.URLBlock', (), {'help_text': 'Web address of the source, if it is online.', 'required': False}), 5: ('wagtail.blocks.DateBlock', (), {'help_text': 'When you last checked the web page.', 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('authors', 0), ('title', 1), ('publisher', 2), ('year', 3), ('link', 4), ('accessed', 5)]], {})}, help_text='The sources this page is based on, listed after it and numbered in this order. Cite one in the text by typing its number in square brackets, such as [1].'),
        ),
        migrations.AlterField(
            model_name='medicinepage',
            name='summary',
            field=models.TextField(help_text='Two or three plain sentences saying what the page covers (for a medicine: what it is and what it is for). Shown first on the page, on cards and in search results.', max_length=400),
        ),
    ]
