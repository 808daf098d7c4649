"""Reviewer, PageFeedback and SearchPage move to the apps named for them.

First step of the move (see reviews, feedback and search 0001): the tables take
the new apps' names, keeping every row. The models leave `home` in 0009.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_clinic_brand"),
    ]

    operations = [
        migrations.AlterModelTable(name="reviewer", table="reviews_reviewer"),
        migrations.AlterModelTable(name="pagefeedback", table="feedback_pagefeedback"),
        migrations.AlterModelTable(name="searchpage", table="search_searchpage"),
    ]
