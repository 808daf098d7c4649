"""What the reviewer's Compare screen shows (registered in wagtail_hooks.py)."""

from wagtail.admin.compare import TagsFieldComparison


class TopicsComparison(TagsFieldComparison):
    """An article's topics compared as a set, by the names patients read.

    Wagtail compares tags in stored order, and the editor's form saves them in
    alphabetical order: any edit then showed "Topics" as changed, and by their
    slugs. The reviewer should see only what changes for patients.
    """

    def get_items(self):
        items_a, items_b = super().get_items()
        return sorted(items_a, key=self.get_item_display), sorted(
            items_b, key=self.get_item_display
        )

    def get_item_display(self, tag):
        return tag.name
